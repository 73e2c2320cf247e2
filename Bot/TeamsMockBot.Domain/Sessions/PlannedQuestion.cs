using TeamsMockBot.Domain.Timing;

namespace TeamsMockBot.Domain.Sessions;

/// <summary>A question in a session's plan, with its own timer and what has been announced of it.</summary>
/// <remarks>
/// <see cref="AskedAt"/>, <see cref="ClosedAt"/> and <see cref="Tags"/> were added after sessions
/// were first stored; a document without them reads as never asked, never closed and untagged.
/// </remarks>
public sealed record PlannedQuestion
{
    public required string QuestionId { get; init; }
    public required QuestionTimer Timer { get; init; }
    public QuestionOutcome Outcome { get; init; } = QuestionOutcome.Pending;
    public int FollowUpsShown { get; init; }
    /// <summary>The furthest milestone already posted to the card, so no update is sent twice.</summary>
    public TimerMilestone Announced { get; init; }
    /// <summary>Wall clock when the question was put to the candidate; with <see cref="ClosedAt"/> it aligns a transcript with the question (pauses included).</summary>
    public DateTimeOffset? AskedAt { get; init; }
    /// <summary>Wall clock when the interviewer moved on from it (next, skip, end); null while it runs or if it was never asked.</summary>
    public DateTimeOffset? ClosedAt { get; init; }
    /// <summary>The interviewer's quick tags on this question, in the order they were set; at most one of each.</summary>
    public IReadOnlyList<QuestionTag> Tags { get; init; } = [];

    public bool HasTag(QuickTag tag) => Tags.Any(t => t.Tag == tag);
}
