using Microsoft.Extensions.Logging;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Application.Timing;
using TeamsMockBot.Domain.Timing;

namespace TeamsMockBot.Application.Analytics;

/// <summary>
/// A booked Teams meeting's transcript check fell due (<see cref="TimerSchedule.NextTranscriptCheck"/>):
/// look for the transcript through <see cref="FetchMeetingTranscript"/>, then record the look, so the
/// durable timer asks again later while Teams has not published one yet, and stops once it was
/// found, is unusable, or transcripts are off. A failure propagates, and the timer is tried again.
/// </summary>
public sealed partial class CheckMeetingTranscript(
    ISessionStore sessions, FetchMeetingTranscript fetch, ITimerScheduler timers, ILogger<CheckMeetingTranscript> logger)
{
    public async Task<TimerFireOutcome> FireAsync(string sessionId, DueTimer due, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(due);
        var session = await sessions.FindAsync(sessionId, cancellationToken).ConfigureAwait(false);
        if (session is null)
        {
            await timers.ForgetAsync(sessionId, cancellationToken).ConfigureAwait(false);
            return TimerFireOutcome.Gone;
        }

        if (TimerSchedule.NextTranscriptCheck(session) != due)
        {
            await timers.TrackAsync(session, cancellationToken).ConfigureAwait(false);
            return TimerFireOutcome.Stale;
        }

        var booking = session.Booking!;
        var outcome = await fetch.RunAsync(session.Id, booking.OrganizerId, booking.JoinUrl!, cancellationToken).ConfigureAwait(false);
        // Only the look this timer stands for is recorded: a second instance that fired it too records nothing more.
        var saved = await sessions.UpdateAsync(
            sessionId,
            s => s.TranscriptChecks == due.QuestionNumber ? s.RecordTranscriptCheck(lookAgain: outcome == TranscriptFetchOutcome.NotYet) : s,
            cancellationToken).ConfigureAwait(false);
        await timers.TrackAsync(saved, cancellationToken).ConfigureAwait(false);
        LogChecked(logger, sessionId, due.QuestionNumber + 1, outcome.ToString());
        return TimerFireOutcome.Announced;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId}: meeting transcript look {Look}: {Outcome}")]
    private static partial void LogChecked(ILogger logger, string sessionId, int look, string outcome);
}
