using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Domain.Storage;
using TeamsMockBot.Storage;

namespace TeamsMockBot.UseCases;

/// <summary>
/// Keeps the timer index in step with a session after every change. Most clicks (a note, a
/// follow-up) leave the due time as it was; then nothing is written, which saves a locked write
/// (or a blob round trip) per click.
/// </summary>
public sealed class TimerSchedule(IDocumentStore store, TimeProvider time)
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
            await store.UpsertAsync(key, new TimerEntry(session.Id, dueAt), cancellationToken).ConfigureAwait(false);
        }
        else if (current is not null)
        {
            await store.DeleteAsync(key, current.ETag, cancellationToken).ConfigureAwait(false);
        }
    }
}
