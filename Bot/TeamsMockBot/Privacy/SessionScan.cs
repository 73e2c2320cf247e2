using System.Runtime.CompilerServices;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Domain.Storage;
using TeamsMockBot.Storage;

namespace TeamsMockBot.Privacy;

/// <summary>
/// Reads every stored session. Deleting someone's data and retention must not rely on indexes
/// (a history line can be missing after a crash), so they walk the sessions themselves; both are rare.
/// </summary>
public sealed class SessionScan(IDocumentStore store)
{
    public async IAsyncEnumerable<MockSession> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var key in store.ListKeysAsync(DocumentKeys.SessionsPrefix, cancellationToken).ConfigureAwait(false))
        {
            var session = await store.ReadAsync<MockSession>(key, cancellationToken).ConfigureAwait(false);
            if (session is not null)
            {
                yield return session.Value;
            }
        }
    }

    public async Task<IReadOnlyList<MockSession>> AboutAsync(string personId, CancellationToken cancellationToken)
    {
        var found = new List<MockSession>();
        await foreach (var session in AllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (session.IsCandidate(personId) || session.IsInterviewer(personId))
            {
                found.Add(session);
            }
        }

        return found;
    }
}
