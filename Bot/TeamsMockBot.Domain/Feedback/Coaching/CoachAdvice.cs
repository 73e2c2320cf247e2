namespace TeamsMockBot.Domain.Feedback.Coaching;

/// <summary>One flag on a comment with one concrete suggestion, written for the feedback giver.</summary>
/// <param name="Because">The words that raised the flag, so the advice can be explained (empty when it is about length).</param>
public sealed record CoachAdvice(CoachConcern Concern, string Suggestion, string Because);
