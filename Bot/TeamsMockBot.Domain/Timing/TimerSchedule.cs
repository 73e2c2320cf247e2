using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Domain.Timing;

/// <summary>
/// When a session's clock next needs the bot: the current question's next milestone, or closing a
/// session that was never ended (meeting events go missing), whichever comes first.
/// </summary>
public static class TimerSchedule
{
    /// <summary>The next due timer of <paramref name="session"/>; null when its clock needs nothing (not started, paused with no close pending, finished).</summary>
    public static DueTimer? Next(MockSession session, TimeSpan overdueGrace)
    {
        ArgumentNullException.ThrowIfNull(session);
        var close = OverdueAt(session, overdueGrace) is { } at
            ? new DueTimer(TimerPurpose.OverdueClose, session.CurrentNumber, TimerMilestone.None, at)
            : null;
        var milestone = session.Stage == SessionStage.Interviewing && session.Current is { } q && q.Timer.NextMilestone(q.Announced) is { } next
            ? new DueTimer(TimerPurpose.Milestone, session.CurrentNumber, next.Milestone, next.At)
            : null;

        // A milestone due at the same moment as the close is pointless: the close updates the card anyway.
        return milestone is not null && (close is null || milestone.At < close.At) ? milestone : close;
    }

    /// <summary>
    /// When a started session that nobody ended is closed: its planned length plus the grace period
    /// after the start. Null when the session is not running (not started, or already in the feedback step).
    /// </summary>
    public static DateTimeOffset? OverdueAt(MockSession session, TimeSpan overdueGrace)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session is { Stage: SessionStage.Interviewing or SessionStage.CandidateQuestions, StartedAt: { } started }
            ? started + TimeSpan.FromMinutes(session.Setup.LengthMinutes) + overdueGrace
            : null;
    }
}
