using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.UseCases;

/// <summary>
/// Sends the candidate their feedback card once everything is in. The delivery is claimed in the
/// store first (ETag), so two submits racing on two instances deliver exactly one card; if the
/// send then fails, the claim is given back so a retry can deliver.
/// </summary>
public sealed class FeedbackDelivery(SessionRepository sessions, SessionViews views, IChatMessenger messenger, TimeProvider time)
{
    /// <summary>
    /// Called after a submit or release: delivers the card when everything is in; otherwise shows
    /// everyone in the interview chat what has come in so far.
    /// </summary>
    public async Task<MockSession> DeliverOrShowProgressAsync(MockSession session, CancellationToken cancellationToken)
    {
        if (!session.IsReadyToDeliver)
        {
            await messenger.UpdateSessionCardAsync(session.Id, views.Shared(session), cancellationToken).ConfigureAwait(false);
            return session;
        }

        var claimed = false;
        var saved = await sessions.UpdateAsync(session.Id, s =>
        {
            claimed = s.IsReadyToDeliver;
            return claimed ? s.MarkDelivered(time.GetUtcNow()) : s;
        }, cancellationToken).ConfigureAwait(false);
        if (!claimed)
        {
            return saved;
        }

        try
        {
            await messenger.SendToPersonAsync(saved.Candidate.Id, saved.Id, views.Report(saved), cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await sessions.UpdateAsync(saved.Id, s => s.RevertDelivery(), CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        await messenger.UpdateSessionCardAsync(saved.Id, views.Shared(saved), cancellationToken).ConfigureAwait(false);
        return saved;
    }
}
