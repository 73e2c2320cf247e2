using System.Runtime.CompilerServices;
using TeamsMockBot.Application.Persistence;
using TeamsMockBot.Domain.Timing;

namespace TeamsMockBot.Storage;

/// <summary>The timer entries (<see cref="TimerEntry"/>), one small document per running session.</summary>
public sealed class StoredTimers(IDocumentStore store, StoreConflictRetry retry)
{
    public Task<StoredDocument<TimerEntry>?> FindAsync(string sessionId, CancellationToken cancellationToken) =>
        store.ReadAsync<TimerEntry>(DocumentKeys.Timer(sessionId), cancellationToken);

    /// <summary>
    /// Writes the entry over the version just read (<paramref name="etag"/>; null: there was none), which
    /// saves a second read on the path every announced milestone takes. If another writer came in
    /// between, the last writer wins, as it would anyway: the entry only saves work, it decides nothing.
    /// </summary>
    public async Task SaveAsync(string sessionId, DueTimer due, string? etag, CancellationToken cancellationToken)
    {
        var key = DocumentKeys.Timer(sessionId);
        var entry = new TimerEntry(sessionId, due);
        try
        {
            _ = etag is null
                ? await store.CreateAsync(key, entry, cancellationToken).ConfigureAwait(false)
                : await store.ReplaceAsync(key, entry, etag, cancellationToken).ConfigureAwait(false);
        }
        catch (DocumentConflictException)
        {
            await store.UpsertAsync(key, entry, retry, cancellationToken).ConfigureAwait(false);
        }
    }

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
