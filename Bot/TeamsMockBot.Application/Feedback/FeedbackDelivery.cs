using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Feedback;

/// <summary>
/// Sends the candidate their feedback card once everything is in. The card is recorded for
/// delivery (under one key per session) before the session is marked delivered, so neither a crash
/// nor a Teams outage in between loses it, and two submits racing on two instances send one card.
/// </summary>
public sealed class FeedbackDelivery(ISessionStore sessions, SessionViews views, OutboundDelivery delivery, TimeProvider time)
{
    public static string ReportKey(string sessionId) => "feedback-report/" + sessionId;

    /// <summary>
    /// Called after a submit or release: delivers the card when everything is in; otherwise shows
    /// everyone in the interview chat what has come in so far.
    /// </summary>
    /// <returns>The session, and whether the candidate has the card now (false also while it waits for Teams).</returns>
    public async Task<(MockSession Session, bool CardArrived)> DeliverOrShowProgressAsync(MockSession session, CancellationToken cancellationToken)
    {
        if (!session.IsReadyToDeliver)
        {
            await delivery.SendAsync([OutboundMessage.SessionCard(session.Id, views.Shared(session))], cancellationToken).ConfigureAwait(false);
            return (session, false);
        }

        var report = OutboundMessage.ToPerson(ReportKey(session.Id), session.Candidate.Id, session.Id, views.Report(session));
        await delivery.RecordAsync(report, cancellationToken).ConfigureAwait(false);
        var saved = await sessions.UpdateAsync(session.Id, s => s.IsReadyToDeliver ? s.MarkDelivered(time.GetUtcNow()) : s, cancellationToken).ConfigureAwait(false);
        var arrived = await delivery.DeliverRecordedAsync([report], cancellationToken).ConfigureAwait(false);
        await delivery.SendAsync([OutboundMessage.SessionCard(saved.Id, views.Shared(saved))], cancellationToken).ConfigureAwait(false);
        return (saved, arrived);
    }
}
