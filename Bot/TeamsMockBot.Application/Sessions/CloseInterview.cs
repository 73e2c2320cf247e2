using Microsoft.Extensions.Logging;
using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Application.Feedback;
using TeamsMockBot.Application.Timing;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Sessions;

/// <summary>
/// Ends a running interview without the interviewer's click and starts the feedback step exactly as
/// "End interview" then "Open feedback" do: the session is saved first, then the forms and the
/// shared card's new content go out through durable delivery. Meeting events go missing, so this is
/// called both when Teams says the meeting ended and when a session runs past its planned length.
/// </summary>
public sealed partial class CloseInterview(
    ISessionStore sessions, SessionViews views, ITimerScheduler timers, SendFeedbackForms forms, OutboundDelivery delivery,
    TimeProvider time, ILogger<CloseInterview> logger)
{
    /// <summary>The closed session, or null when there was nothing to close (not started, already closed, deleted).</summary>
    /// <param name="reason">Why, for the log ("meeting ended", "overdue").</param>
    public async Task<MockSession?> CloseAsync(string sessionId, string reason, CancellationToken cancellationToken)
    {
        MockSession saved;
        try
        {
            saved = await sessions.UpdateAsync(sessionId, s => s.CloseForFeedback(time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is StaleActionException or SessionNotFoundException)
        {
            LogNothingToClose(logger, sessionId, reason);
            return null;
        }

        await timers.TrackAsync(saved, cancellationToken).ConfigureAwait(false);
        await forms.SendAsync(saved, cancellationToken).ConfigureAwait(false);
        await delivery.SendAsync([OutboundMessage.SessionCard(saved.Id, views.Shared(saved))], cancellationToken).ConfigureAwait(false);
        LogClosed(logger, sessionId, reason);
        return saved;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} closed for feedback ({Reason})")]
    private static partial void LogClosed(ILogger logger, string sessionId, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Session {SessionId} not closed ({Reason}): it is not running")]
    private static partial void LogNothingToClose(ILogger logger, string sessionId, string reason);
}
