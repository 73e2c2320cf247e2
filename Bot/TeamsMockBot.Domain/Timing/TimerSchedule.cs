using TeamsMockBot.Domain.Scheduling;
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
        return milestone is not null && (close is null || milestone.At < close.At) ? milestone : close ?? NextReminder(session) ?? NextTranscriptCheck(session);
    }

    /// <summary>
    /// After the interview ends, when the bot looks for the Teams meeting's transcript: Teams publishes it
    /// some minutes after the meeting, so the bot looks this long after the end, once per entry, and
    /// stops at the first transcript found (or when transcripts are off).
    /// </summary>
    public static IReadOnlyList<TimeSpan> TranscriptCheckDelays { get; } =
        [TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(60)];

    /// <summary>
    /// A booked Teams meeting whose interview ended and has no delivery analytics yet: the next look
    /// for its transcript. <see cref="DueTimer.QuestionNumber"/> carries how many looks were made.
    /// </summary>
    public static DueTimer? NextTranscriptCheck(MockSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session is not { InterviewEndedAt: { } ended, Delivery: null, Booking: { JoinUrl: not null, IsCancelled: false } }
            || session.TranscriptChecks >= TranscriptCheckDelays.Count)
        {
            return null;
        }

        return new DueTimer(TimerPurpose.TranscriptCheck, session.TranscriptChecks, TimerMilestone.None, ended + TranscriptCheckDelays[session.TranscriptChecks]);
    }

    /// <summary>
    /// A booked mock that has not started: its next reminder to the candidate (the prep card, then the
    /// arrival check-in). <see cref="DueTimer.QuestionNumber"/> carries the booking's sequence, so a
    /// reminder queued before a move is a no-op when it fires. Null when cancelled or all are sent.
    /// </summary>
    public static DueTimer? NextReminder(MockSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session is not { Stage: SessionStage.Ready, Booking: { } booking })
        {
            return null;
        }

        var prep = booking.DueAt(ReminderKind.Prep);
        var arrival = booking.DueAt(ReminderKind.Arrival);
        if (prep is { } p && (arrival is null || p <= arrival))
        {
            return new DueTimer(TimerPurpose.PrepReminder, booking.Sequence, TimerMilestone.None, p);
        }

        return arrival is { } a ? new DueTimer(TimerPurpose.ArrivalReminder, booking.Sequence, TimerMilestone.None, a) : null;
    }

    /// <summary>The reminder a timer of <paramref name="purpose"/> sends; null for the question timers.</summary>
    public static ReminderKind? ReminderOf(TimerPurpose purpose) => purpose switch
    {
        TimerPurpose.PrepReminder => ReminderKind.Prep,
        TimerPurpose.ArrivalReminder => ReminderKind.Arrival,
        _ => null,
    };

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
