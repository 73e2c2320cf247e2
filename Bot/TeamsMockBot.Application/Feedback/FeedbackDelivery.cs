using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Feedback;

/// <summary>
/// Sends the candidate their feedback card once everything is in. The card is recorded for
/// delivery (under one key per session) before the session is marked delivered, so neither a crash
/// nor a Teams outage in between loses it, and two submits racing on two instances send one card.
/// In a peer mock the two halves' cards are held back until both people have sent their feedback
/// and self-assessment, or the deadline passes (double-blind); then both go, each to its candidate.
/// </summary>
public sealed class FeedbackDelivery(ISessionStore sessions, SessionViews views, FeedbackReportView reports, OutboundDelivery delivery, IHeldFeedback held, TimeProvider time)
{
    public static string ReportKey(string sessionId) => "feedback-report/" + sessionId;

    /// <summary>
    /// Called after a submit or release (and by the peer deadline sweep): delivers the card when
    /// everything is in; otherwise shows everyone in the interview chat what has come in so far.
    /// </summary>
    /// <returns>The session, and whether the candidate has the card now (false also while it waits for Teams).</returns>
    public async Task<(MockSession Session, bool CardArrived)> DeliverOrShowProgressAsync(MockSession session, CancellationToken cancellationToken)
    {
        if (session.Peer is not { } peer)
        {
            return await DeliverHalfAsync(session, partner: null, cancellationToken).ConfigureAwait(false);
        }

        session = await ReleaseAfterDeadlineAsync(session, cancellationToken).ConfigureAwait(false);
        var partner = await sessions.FindAsync(peer.PartnerSessionId, cancellationToken).ConfigureAwait(false);
        if (partner is not null)
        {
            partner = await ReleaseAfterDeadlineAsync(partner, cancellationToken).ConfigureAwait(false);
        }

        if (session.IsBlindedBy(partner, time.GetUtcNow()))
        {
            await ShowProgressAsync(session, cancellationToken).ConfigureAwait(false);
            return (session, false);
        }

        // The blind is lifted for both halves at once: whoever's action lifted it sends both cards.
        var (saved, arrived) = await DeliverHalfAsync(session, partner, cancellationToken).ConfigureAwait(false);
        if (partner is not null)
        {
            (partner, _) = await DeliverHalfAsync(partner, saved, cancellationToken).ConfigureAwait(false);
        }

        if (saved.Stage == SessionStage.Completed && (partner is null || partner.Stage == SessionStage.Completed))
        {
            await held.ForgetAsync(peer.PairId, cancellationToken).ConfigureAwait(false);
        }

        return (saved, arrived);
    }

    /// <param name="partner">The other half of a peer mock: its self-assessment holds how this half's candidate did as an interviewer.</param>
    private async Task<(MockSession Session, bool CardArrived)> DeliverHalfAsync(MockSession session, MockSession? partner, CancellationToken cancellationToken)
    {
        if (!session.IsReadyToDeliver)
        {
            await ShowProgressAsync(session, cancellationToken).ConfigureAwait(false);
            return (session, false);
        }

        var report = OutboundMessage.ToPerson(ReportKey(session.Id), session.Candidate.Id, session.Id, reports.ForStudent(session, partner));
        await delivery.RecordAsync(report, cancellationToken).ConfigureAwait(false);
        var saved = await sessions.UpdateAsync(session.Id, s => s.IsReadyToDeliver ? s.MarkDelivered(time.GetUtcNow()) : s, cancellationToken).ConfigureAwait(false);
        var arrived = await delivery.DeliverRecordedAsync([report], cancellationToken).ConfigureAwait(false);
        await ShowProgressAsync(saved, cancellationToken).ConfigureAwait(false);
        return (saved, arrived);
    }

    /// <summary>The shared card shows who has submitted; half 1 of a peer mock handed the card to half 2 at the swap.</summary>
    private Task ShowProgressAsync(MockSession session, CancellationToken cancellationToken) =>
        session.HandedCardToPartner
            ? Task.CompletedTask
            : delivery.SendAsync([OutboundMessage.SessionCard(session.Id, views.Shared(session))], cancellationToken);

    private async Task<MockSession> ReleaseAfterDeadlineAsync(MockSession session, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return ReferenceEquals(session.ReleaseAfterDeadline(now), session)
            ? session
            : await sessions.UpdateAsync(session.Id, s => s.ReleaseAfterDeadline(time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
    }
}
