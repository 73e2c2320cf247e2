namespace TeamsMockBot.Domain.Feedback;

/// <summary>The student marked action-plan step <see cref="Number"/> (1-based) done at <see cref="At"/>.</summary>
public sealed record ActionStepDone(int Number, DateTimeOffset At);
