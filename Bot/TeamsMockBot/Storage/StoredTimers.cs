using System.Runtime.CompilerServices;
using TeamsMockBot.Domain.Timing;

namespace TeamsMockBot.Storage;

/// <summary>The timer entries (<see cref="TimerEntry"/>), one small document per running session.</summary>
public sealed class StoredTimers(IDocumentStore store, StoreConflictRetry retry)
{
    public async Task<TimerEntry?> FindAsync(string sessionId, CancellationToken cancellationToken) =>
        (await store.ReadAsync<TimerEntry>(DocumentKeys.Timer(sessionId), cancellationToken).ConfigureAwait(false))?.Value;

    public Task SaveAsync(string sessionId, DueTimer due, CancellationToken cancellationToken) =>
        store.UpsertAsync(DocumentKeys.Timer(sessionId), new TimerEntry(sessionId, due), retry, cancellationToken);

    public Task DeleteAsync(string sessionId, CancellationToken cancellationToken) =>
        store.DeleteAsync(DocumentKeys.Timer(sessionId), etag: null, cancellationToken);

    /// <summary>Every entry, once at start (the folder store's in-process queue is rebuilt from them).</summary>
    public async IAsyncEnumerable<TimerEntry> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var key in store.ListKeysAsync(DocumentKeys.TimersPrefix, cancellationToken).ConfigureAwait(false))
        {
            if (await store.ReadAsync<TimerEntry>(key, cancellationToken).ConfigureAwait(false) is { } entry)
            {
                yield return entry.Value;
            }
        }
    }
}
