namespace TeamsMockBot.Domain.Feedback;

/// <summary>
/// One step of the interviewer's action plan as the student follows it: <see cref="Due"/> is a date,
/// or null for "before the next mock"; <see cref="DoneAt"/> is when the student marked it done.
/// </summary>
/// <param name="Number">1-based, as the feedback form and the report card number the steps.</param>
public sealed record ActionStep(int Number, string Text, DateOnly? Due, DateTimeOffset? DoneAt)
{
    public bool IsDone => DoneAt is not null;
}
