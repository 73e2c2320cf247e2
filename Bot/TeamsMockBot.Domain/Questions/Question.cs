namespace TeamsMockBot.Domain.Questions;

/// <summary>
/// One interview question from a bank. <see cref="WhatGoodLooksLike"/> and <see cref="FollowUps"/>
/// are interviewer-only material: they must never reach the candidate's view of a card.
/// </summary>
/// <param name="Id">Stable id, e.g. <c>beh-03</c>; plans and histories refer to questions by it.</param>
/// <param name="Competencies">Ids of the rubric competencies the question probes, e.g. <c>Structure</c>.</param>
/// <param name="Focus">Lower-case keywords the planner matches against the session's focus text.</param>
public sealed record Question(
    string Id,
    Track Track,
    string Text,
    TimeSpan TimeAllowed,
    string WhatGoodLooksLike,
    IReadOnlyList<string> FollowUps,
    IReadOnlyList<string> Competencies,
    IReadOnlyList<string> Focus);
