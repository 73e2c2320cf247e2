using TeamsMockBot.Domain.Timing;

namespace TeamsMockBot.Domain.Sessions;

/// <summary>A question in a session's plan, with its own timer and what has been announced of it.</summary>
public sealed record PlannedQuestion
{
    public required string QuestionId { get; init; }
    public required QuestionTimer Timer { get; init; }
    public QuestionOutcome Outcome { get; init; } = QuestionOutcome.Pending;
    public int FollowUpsShown { get; init; }
    /// <summary>The furthest milestone already posted to the card, so no update is sent twice.</summary>
    public TimerMilestone Announced { get; init; }
}
