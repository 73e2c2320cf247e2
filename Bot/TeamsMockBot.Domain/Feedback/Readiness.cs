namespace TeamsMockBot.Domain.Feedback;

/// <summary>The interviewer's overall call on whether the candidate is ready for the real thing.</summary>
public enum Readiness
{
    NotYet,
    Almost,
    Ready,
}
