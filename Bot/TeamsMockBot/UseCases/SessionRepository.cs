using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Domain.Storage;
using TeamsMockBot.Storage;

namespace TeamsMockBot.UseCases;

/// <summary>Sessions in the store: one document per session, changed only through the ETag loop.</summary>
public sealed class SessionRepository(IDocumentStore store)
{
    public async Task<MockSession> GetAsync(string sessionId, CancellationToken cancellationToken) =>
        await FindAsync(sessionId, cancellationToken).ConfigureAwait(false) ?? throw new SessionNotFoundException(sessionId);

    public async Task<MockSession?> FindAsync(string sessionId, CancellationToken cancellationToken) =>
        (await store.ReadAsync<MockSession>(DocumentKeys.Session(sessionId), cancellationToken).ConfigureAwait(false))?.Value;

    /// <summary>Creates the session; returns the stored one instead if a session with that id exists (a repeated create).</summary>
    public async Task<(MockSession Session, bool Created)> CreateAsync(MockSession session, CancellationToken cancellationToken)
    {
        try
        {
            await store.CreateAsync(DocumentKeys.Session(session.Id), session, cancellationToken).ConfigureAwait(false);
            return (session, true);
        }
        catch (DocumentConflictException)
        {
            return (await GetAsync(session.Id, cancellationToken).ConfigureAwait(false), false);
        }
    }

    public async Task<MockSession> UpdateAsync(string sessionId, Func<MockSession, MockSession> apply, CancellationToken cancellationToken)
    {
        try
        {
            var saved = await store.UpdateAsync(DocumentKeys.Session(sessionId), apply, cancellationToken).ConfigureAwait(false);
            return saved.Value;
        }
        catch (DocumentNotFoundException)
        {
            throw new SessionNotFoundException(sessionId);
        }
    }
}
