using System.Runtime.CompilerServices;
using TeamsMockBot.Application.Timing;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Storage;

/// <summary>
/// <see cref="ITimerScheduler"/> as one small document per running session (<c>timers/{id}</c>).
/// Most clicks (a note, a follow-up) leave the due time as it was; then nothing is written, which
/// saves a locked write (or a blob round trip) per click.
/// </summary>
public sealed class StoredTimers(IDocumentStore store, StoreConflictRetry retry, TimeProvider time) : ITimerScheduler
{
    public async Task TrackAsync(MockSession session, CancellationToken cancellationToken)
    {
        var key = DocumentKeys.Timer(session.Id);
        var due = session.NextMilestoneDue(time.GetUtcNow());
        var current = await store.ReadAsync<TimerEntry>(key, cancellationToken).ConfigureAwait(false);
        if (current?.Value.DueAt == due)
        {
            return;
        }

        if (due is { } dueAt)
        {
            await store.UpsertAsync(key, new TimerEntry(session.Id, dueAt), retry, cancellationToken).ConfigureAwait(false);
        }
        else if (current is not null)
        {
            await store.DeleteAsync(key, current.ETag, cancellationToken).ConfigureAwait(false);
        }
    }

    public async IAsyncEnumerable<string> DueAsync(DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var key in store.ListKeysAsync(DocumentKeys.TimersPrefix, cancellationToken).ConfigureAwait(false))
        {
            var entry = await store.ReadAsync<TimerEntry>(key, cancellationToken).ConfigureAwait(false);
            if (entry is not null && entry.Value.DueAt <= now)
            {
                yield return entry.Value.SessionId;
            }
        }
    }

    public Task ForgetAsync(string sessionId, CancellationToken cancellationToken) =>
        store.DeleteAsync(DocumentKeys.Timer(sessionId), etag: null, cancellationToken);
}
