using TeamsMockBot.Application.Analytics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Application.Feedback;
using TeamsMockBot.Application.Meeting;
using TeamsMockBot.Application.Scheduling;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Domain.Timing;

namespace TeamsMockBot.Application.Timing;

/// <summary>
/// A queued timer of one session fell due: announce the milestone (record it on the session, then
/// queue the card update through durable delivery) or close the overdue session. The timer acts only
/// while the session still computes the very same <see cref="DueTimer"/>, checked inside the ETag loop:
/// a timer from before a pause, +1 min, skip or the next question, or one another instance fired
/// first, changes nothing. The caller removes the timer from its queue only after this returns, so a
/// crash in between brings it back (<paramref name="redelivered"/>) and the repair below finishes the job.
/// </summary>
public sealed partial class FireTimer(
    ISessionStore sessions, SessionViews views, ITimerScheduler timers, OutboundDelivery delivery, CloseInterview close,
    SendFeedbackForms forms, MeetingNudges nudges, SendReminder reminders, CheckMeetingTranscript transcriptChecks, IOptions<TimerOptions> options, TimeProvider time, ILogger<FireTimer> logger)
{
    /// <param name="redelivered">The timer may have been handled before by a process that died before removing it.</param>
    public async Task<TimerFireOutcome> FireAsync(string sessionId, DueTimer due, bool redelivered, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(due);
        if (due.At > time.GetUtcNow())
        {
            return TimerFireOutcome.NotYet;
        }

        if (TimerSchedule.ReminderOf(due.Purpose) is not null)
        {
            return await reminders.FireAsync(sessionId, due, redelivered, cancellationToken).ConfigureAwait(false); // a booked mock's reminder
        }

        if (due.Purpose == TimerPurpose.TranscriptCheck)
        {
            return await transcriptChecks.FireAsync(sessionId, due, cancellationToken).ConfigureAwait(false); // delivery analytics from the meeting
        }

        return due.Purpose == TimerPurpose.OverdueClose
            ? await CloseOverdueAsync(sessionId, due, redelivered, cancellationToken).ConfigureAwait(false)
            : await AnnounceAsync(sessionId, due, redelivered, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TimerFireOutcome> AnnounceAsync(string sessionId, DueTimer due, bool redelivered, CancellationToken cancellationToken)
    {
        MockSession? seen = null;
        MockSession saved;
        try
        {
            saved = await sessions.UpdateAsync(sessionId, s =>
            {
                seen = s;
                // Recorded as the furthest milestone reached: a timer that comes late (the bot was down) skips the ones passed meanwhile.
                return IsCurrent(s, due) ? s.RecordMilestone(due.QuestionNumber, s.DueMilestone(time.GetUtcNow())) : throw new StaleActionException("That timer is no longer due.");
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (SessionNotFoundException)
        {
            await timers.ForgetAsync(sessionId, cancellationToken).ConfigureAwait(false);
            return TimerFireOutcome.Gone;
        }
        catch (StaleActionException)
        {
            await RepairAsync(seen!, due, redelivered, cancellationToken).ConfigureAwait(false);
            return TimerFireOutcome.Stale;
        }

        await delivery.SendAsync([OutboundMessage.SessionCard(saved.Id, views.Shared(saved))], cancellationToken).ConfigureAwait(false);
        await timers.TrackAsync(saved, cancellationToken).ConfigureAwait(false);
        await nudges.MilestoneReachedAsync(saved, saved.Current!.Announced, cancellationToken).ConfigureAwait(false);
        LogAnnounced(logger, saved.Id, due.QuestionNumber, saved.Current?.Announced.ToString() ?? "none");
        return TimerFireOutcome.Announced;
    }

    private async Task<TimerFireOutcome> CloseOverdueAsync(string sessionId, DueTimer due, bool redelivered, CancellationToken cancellationToken)
    {
        var session = await sessions.FindAsync(sessionId, cancellationToken).ConfigureAwait(false);
        if (session is null)
        {
            await timers.ForgetAsync(sessionId, cancellationToken).ConfigureAwait(false);
            return TimerFireOutcome.Gone;
        }

        if (!IsCurrent(session, due))
        {
            await RepairAsync(session, due, redelivered, cancellationToken).ConfigureAwait(false);
            return TimerFireOutcome.Stale;
        }

        // Same follow-up as "End interview" + "Open feedback"; null when someone ended it meanwhile.
        return await close.CloseAsync(sessionId, "overdue", cancellationToken).ConfigureAwait(false) is null
            ? TimerFireOutcome.Stale
            : TimerFireOutcome.Closed;
    }

    private bool IsCurrent(MockSession session, DueTimer due) => TimerSchedule.Next(session, options.Value.OverdueGrace) == due;

    /// <summary>
    /// A stale timer still makes sure the session's current timer is scheduled: a process that died
    /// between saving a change and scheduling its timer is healed by the old timer (a no-op when it
    /// is scheduled already). A redelivered timer may belong to a process that died after recording its
    /// work but before the follow-up was queued, so that follow-up is queued again; its keys make a
    /// repeat harmless (the card update carries the latest content, the forms go once per key).
    /// </summary>
    private async Task RepairAsync(MockSession session, DueTimer due, bool redelivered, CancellationToken cancellationToken)
    {
        LogStale(logger, session.Id, due.Purpose.ToString(), due.QuestionNumber, due.Milestone.ToString());
        await timers.TrackAsync(session, cancellationToken).ConfigureAwait(false);
        if (!redelivered)
        {
            return;
        }

        if (due.Purpose == TimerPurpose.Milestone && session.CurrentNumber == due.QuestionNumber && session.Current!.Announced >= due.Milestone)
        {
            await delivery.SendAsync([OutboundMessage.SessionCard(session.Id, views.Shared(session))], cancellationToken).ConfigureAwait(false);
        }
        else if (due.Purpose == TimerPurpose.OverdueClose && session.Stage == SessionStage.AwaitingFeedback)
        {
            await forms.SendAsync(session, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} question {QuestionNumber}: announced {Milestone}")]
    private static partial void LogAnnounced(ILogger logger, string sessionId, int questionNumber, string milestone);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Session {SessionId}: timer {Purpose} of question {QuestionNumber} ({Milestone}) is stale; nothing to do")]
    private static partial void LogStale(ILogger logger, string sessionId, string purpose, int questionNumber, string milestone);
}
