namespace TeamsMockBot.Domain.Timing;

/// <summary>
/// The clock of one question: time allowed plus any extra minutes, counting only while running.
/// Immutable: every change returns a new timer, so a session document can be re-applied safely
/// after an optimistic-concurrency conflict.
/// </summary>
public sealed record QuestionTimer
{
    public static readonly TimeSpan ExtraTimeStep = TimeSpan.FromMinutes(1);

    public required TimeSpan Allowed { get; init; }
    public TimeSpan Extra { get; init; }
    /// <summary>When the current running stretch began; null while paused or before start.</summary>
    public DateTimeOffset? RunningSince { get; init; }
    /// <summary>Time used in earlier running stretches (before the last pause).</summary>
    public TimeSpan UsedBeforePause { get; init; }
    public bool HasStarted { get; init; }

    public TimeSpan Total => Allowed + Extra;
    public bool IsRunning => RunningSince is not null;
    public bool IsPaused => HasStarted && RunningSince is null;

    public static QuestionTimer For(TimeSpan allowed) => new() { Allowed = allowed };

    public QuestionTimer Start(DateTimeOffset now) =>
        HasStarted ? this : this with { HasStarted = true, RunningSince = now };

    public QuestionTimer Pause(DateTimeOffset now) =>
        RunningSince is { } since ? this with { RunningSince = null, UsedBeforePause = UsedBeforePause + (now - since) } : this;

    public QuestionTimer Resume(DateTimeOffset now) =>
        IsPaused ? this with { RunningSince = now } : this;

    public QuestionTimer AddMinute() => this with { Extra = Extra + ExtraTimeStep };

    public TimeSpan Used(DateTimeOffset now) =>
        UsedBeforePause + (RunningSince is { } since && now > since ? now - since : TimeSpan.Zero);

    public TimeSpan Remaining(DateTimeOffset now)
    {
        var left = Total - Used(now);
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    /// <summary>The wall-clock end while running; null when paused or not started.</summary>
    public DateTimeOffset? EndsAt(DateTimeOffset now) => IsRunning ? now + Remaining(now) : null;

    /// <summary>The furthest milestone reached at <paramref name="now"/>.</summary>
    public TimerMilestone MilestoneAt(DateTimeOffset now)
    {
        if (!HasStarted)
        {
            return TimerMilestone.None;
        }

        var used = Used(now);
        if (used >= Total)
        {
            return TimerMilestone.TimeUp;
        }

        if (HasOneMinuteMark && used >= Total - TimeSpan.FromMinutes(1))
        {
            return TimerMilestone.OneMinuteLeft;
        }

        return used >= Total / 2 ? TimerMilestone.Halfway : TimerMilestone.None;
    }

    /// <summary>
    /// When the next milestone after <paramref name="announced"/> falls due, or null if there is none
    /// or the timer is paused (a paused clock never reaches anything). A mark already passed is due now.
    /// </summary>
    public DateTimeOffset? NextMilestoneDue(DateTimeOffset now, TimerMilestone announced) =>
        NextMilestone(announced) is { } next ? (next.At > now ? next.At : now) : null;

    /// <summary>
    /// The next milestone after <paramref name="announced"/> and the instant it falls due while the clock
    /// keeps running: the same value whatever the present moment, so a scheduled timer can be compared with it.
    /// Null when paused, not started or nothing is left.
    /// </summary>
    public (TimerMilestone Milestone, DateTimeOffset At)? NextMilestone(TimerMilestone announced)
    {
        if (RunningSince is not { } since)
        {
            return null;
        }

        foreach (var (milestone, at) in Marks())
        {
            if (milestone > announced)
            {
                return (milestone, since + (at - UsedBeforePause));
            }
        }

        return null;
    }

    // A one-minute warning only makes sense when it comes after the halfway mark.
    private bool HasOneMinuteMark => Total - TimeSpan.FromMinutes(1) > Total / 2;

    private IEnumerable<(TimerMilestone Milestone, TimeSpan At)> Marks()
    {
        yield return (TimerMilestone.Halfway, Total / 2);
        if (HasOneMinuteMark)
        {
            yield return (TimerMilestone.OneMinuteLeft, Total - TimeSpan.FromMinutes(1));
        }

        yield return (TimerMilestone.TimeUp, Total);
    }
}
