using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Domain.Storage;
using TeamsMockBot.Storage;
using TeamsMockBot.UseCases;

namespace TeamsMockBot.Privacy;

/// <summary>Removes a session and everything that points at it: its timer, its card reference, the history lines.</summary>
public sealed class SessionDeletion(IDocumentStore store, HistoryBook histories)
{
    public async Task DeleteAsync(MockSession session, CancellationToken cancellationToken)
    {
        await histories.RemoveAsync(session.Candidate.Id, session.Id, cancellationToken).ConfigureAwait(false);
        await histories.RemoveAsync(session.Interviewer.Id, session.Id, cancellationToken).ConfigureAwait(false);
        await store.DeleteAsync(DocumentKeys.Timer(session.Id), etag: null, cancellationToken).ConfigureAwait(false);
        await store.DeleteAsync(DocumentKeys.SessionCard(session.Id), etag: null, cancellationToken).ConfigureAwait(false);
        await store.DeleteAsync(DocumentKeys.Session(session.Id), etag: null, cancellationToken).ConfigureAwait(false);
    }
}
