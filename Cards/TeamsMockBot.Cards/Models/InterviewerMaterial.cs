using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Cards.Models;

/// <summary>
/// What only the interviewer may see. It is a separate object so that the candidate's view is
/// built without it at all: the builder cannot leak what it was never given.
/// </summary>
public sealed record InterviewerMaterial(
    string WhatGoodLooksLike,
    IReadOnlyList<string> FollowUpsShown,
    int FollowUpsRemaining,
    IReadOnlyList<string> Notes)
{
    /// <summary>The quick tags already on the current question; the tag buttons show them as set.</summary>
    public IReadOnlyList<QuickTag> Tags { get; init; } = [];
}
