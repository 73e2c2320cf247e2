using System.Runtime.CompilerServices;
using TeamsMockBot.Application.Persistence;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Storage;

/// <summary>
/// <see cref="ISessionStore"/>: one document per session (<c>sessions/{id}</c>), changed only
/// through the ETag loop, with two indexes so nothing has to scan every session — per person
/// (<c>people/{personId}/sessions/{id}</c>) and per creation day (<c>sessions-by-date/{day}/{id}</c>).
/// </summary>
public sealed class StoredSessions(IDocumentStore store, StoreConflictRetry retry) : ISessionStore
{
    public async Task<MockSession> GetAsync(string sessionId, CancellationToken cancellationToken) =>
        await FindAsync(sessionId, cancellationToken).ConfigureAwait(false) ?? throw new SessionNotFoundException(sessionId);

    public async Task<MockSession?> FindAsync(string sessionId, CancellationToken cancellationToken) =>
        (await store.ReadAsync<MockSession>(DocumentKeys.Session(sessionId), cancellationToken).ConfigureAwait(false))?.Value;

    public async Task<(MockSession Session, bool Created)> CreateAsync(MockSession session, CancellationToken cancellationToken)
    {
        // Index first: an index entry without its session is skipped; a session without its entry would be missed.
        await IndexAsync(session, cancellationToken).ConfigureAwait(false);
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
        MockSession? before = null;
        StoredDocument<MockSession> saved;
        try
        {
            saved = await store.UpdateAsync<MockSession>(DocumentKeys.Session(sessionId), s =>
            {
                before = s;
                return apply(s);
            }, retry, cancellationToken).ConfigureAwait(false);
        }
        catch (DocumentNotFoundException)
        {
            throw new SessionNotFoundException(sessionId);
        }

        if (before is not null && !PeopleOf(before).SetEquals(PeopleOf(saved.Value)))
        {
            // Someone left the session (an interviewer who deleted their data): the person index follows.
            await IndexAsync(saved.Value, cancellationToken).ConfigureAwait(false);
            foreach (var gone in PeopleOf(before).Except(PeopleOf(saved.Value)))
            {
                await store.DeleteAsync(DocumentKeys.PersonSession(gone, sessionId), etag: null, cancellationToken).ConfigureAwait(false);
            }
        }

        return saved.Value;
    }

    public async Task DeleteAsync(MockSession session, CancellationToken cancellationToken)
    {
        await store.DeleteAsync(DocumentKeys.Session(session.Id), etag: null, cancellationToken).ConfigureAwait(false);
        foreach (var person in PeopleOf(session))
        {
            await store.DeleteAsync(DocumentKeys.PersonSession(person, session.Id), etag: null, cancellationToken).ConfigureAwait(false);
        }

        await store.DeleteAsync(DocumentKeys.SessionByDate(session.CreatedAt, session.Id), etag: null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<MockSession>> FindByPersonAsync(string personId, CancellationToken cancellationToken)
    {
        var prefix = DocumentKeys.PersonSessionsPrefix(personId);
        var found = new List<MockSession>();
        await foreach (var key in store.ListKeysAsync(prefix, cancellationToken).ConfigureAwait(false))
        {
            var session = await FindAsync(key[prefix.Length..], cancellationToken).ConfigureAwait(false);
            if (session is not null && (session.IsCandidate(personId) || session.IsInterviewer(personId)))
            {
                found.Add(session);
            }
            else
            {
                await store.DeleteAsync(key, etag: null, cancellationToken).ConfigureAwait(false); // left by a create that never finished
            }
        }

        return found;
    }

    public async IAsyncEnumerable<MockSession> FindCreatedBeforeAsync(DateTimeOffset cutoff, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Keys are listed in order and days sort as text, so the listing stops at the first newer day.
        var lastDay = $"{DocumentKeys.SessionsByDatePrefix}{cutoff.UtcDateTime:yyyy-MM-dd}/";
        var candidates = new List<string>();
        await foreach (var key in store.ListKeysAsync(DocumentKeys.SessionsByDatePrefix, cancellationToken).ConfigureAwait(false))
        {
            if (string.CompareOrdinal(key, lastDay) >= 0 && !key.StartsWith(lastDay, StringComparison.Ordinal))
            {
                break;
            }

            candidates.Add(key);
        }

        foreach (var key in candidates)
        {
            var session = await FindAsync(key[(key.LastIndexOf('/') + 1)..], cancellationToken).ConfigureAwait(false);
            if (session is null)
            {
                await store.DeleteAsync(key, etag: null, cancellationToken).ConfigureAwait(false); // left by a create that never finished
            }
            else if (session.CreatedAt < cutoff)
            {
                yield return session;
            }
        }
    }

    /// <summary>Adds the session to both indexes; entries that exist already are left as they are.</summary>
    public async Task IndexAsync(MockSession session, CancellationToken cancellationToken)
    {
        foreach (var person in PeopleOf(session))
        {
            await CreateIndexEntryAsync(DocumentKeys.PersonSession(person, session.Id), cancellationToken).ConfigureAwait(false);
        }

        await CreateIndexEntryAsync(DocumentKeys.SessionByDate(session.CreatedAt, session.Id), cancellationToken).ConfigureAwait(false);
    }

    private async Task CreateIndexEntryAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            await store.CreateAsync(key, IndexEntry.Instance, cancellationToken).ConfigureAwait(false);
        }
        catch (DocumentConflictException)
        {
            // Indexed already (a repeated create).
        }
    }

    private static HashSet<string> PeopleOf(MockSession session) => [session.Candidate.Id, session.Interviewer.Id];
}
