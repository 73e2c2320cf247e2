using Microsoft.Extensions.Logging;
using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Application.Meeting;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Timing;

/// <summary>
/// One pass of the timer sweep: for every session whose timer entry is due, record the milestone
/// reached (halfway, 1 minute left, time is up) and update the shared card in place. Recording
/// goes through the ETag loop first, so with several instances sweeping, each milestone is posted
/// once. Everything comes from the store, so a restart loses no timer.
/// </summary>
public sealed partial class AnnounceMilestones(
    ISessionStore sessions, SessionViews views, ITimerScheduler timers, OutboundDelivery delivery, MeetingNudges nudges,
    TimeProvider time, ILogger<AnnounceMilestones> logger)
{
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var announced = 0;
        await foreach (var sessionId in timers.DueAsync(time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            try
            {
                announced += await AnnounceAsync(sessionId, cancellationToken).ConfigureAwait(false) ? 1 : 0;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One broken session must not stop the others' timers; the entry stays and is retried next pass.
                LogAnnounceFailed(logger, e, sessionId);
            }
        }

        return announced;
    }

    private async Task<bool> AnnounceAsync(string sessionId, CancellationToken cancellationToken)
    {
        var recorded = false;
        MockSession saved;
        try
        {
            saved = await sessions.UpdateAsync(sessionId, s =>
            {
                var due = s.DueMilestone(time.GetUtcNow());
                recorded = due != Domain.Timing.TimerMilestone.None;
                return recorded ? s.RecordMilestone(s.CurrentNumber, due) : s;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (SessionNotFoundException)
        {
            // Deleted since the timer was armed: the entry has nothing left to time.
            await timers.ForgetAsync(sessionId, cancellationToken).ConfigureAwait(false);
            return false;
        }

        await timers.TrackAsync(saved, cancellationToken).ConfigureAwait(false);
        if (recorded)
        {
            await delivery.SendAsync([OutboundMessage.SessionCard(saved.Id, views.Shared(saved))], cancellationToken).ConfigureAwait(false);
            await nudges.MilestoneReachedAsync(saved, saved.Current!.Announced, cancellationToken).ConfigureAwait(false);
            LogAnnounced(logger, saved.Id, saved.CurrentNumber, saved.Current?.Announced.ToString() ?? "none");
        }

        return recorded;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} question {QuestionNumber}: announced {Milestone}")]
    private static partial void LogAnnounced(ILogger logger, string sessionId, int questionNumber, string milestone);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not announce the timer milestone of session {SessionId}")]
    private static partial void LogAnnounceFailed(ILogger logger, Exception exception, string sessionId);
}
