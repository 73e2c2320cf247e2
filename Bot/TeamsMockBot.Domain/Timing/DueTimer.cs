namespace TeamsMockBot.Domain.Timing;

/// <summary>
/// The next thing a session's clock will do, and when. It doubles as the timer's version: a queued
/// timer is acted on only while the session still computes the very same value, so a message left
/// over from before a pause, an extra minute, a skip or the next question is a no-op.
/// </summary>
/// <param name="QuestionNumber">1-based question the milestone belongs to (the current one for an overdue close).</param>
/// <param name="Milestone">The milestone that falls due; <see cref="TimerMilestone.None"/> for an overdue close.</param>
/// <param name="At">When it falls due (UTC); not moved by the present moment, so the value stays comparable.</param>
public sealed record DueTimer(TimerPurpose Purpose, int QuestionNumber, TimerMilestone Milestone, DateTimeOffset At);
