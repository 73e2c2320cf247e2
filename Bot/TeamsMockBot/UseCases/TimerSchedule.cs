using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Domain.Storage;
using TeamsMockBot.Storage;

namespace TeamsMockBot.UseCases;

/// <summary>Keeps the timer index in step with a session after every change.</summary>
public sealed class TimerSchedule(IDocumentStore store, TimeProvider time)
{
    public async Task TrackAsync(MockSession session, CancellationToken cancellationToken)
    {
        var key = DocumentKeys.Timer(session.Id);
        if (session.NextMilestoneDue(time.GetUtcNow()) is { } due)
        {
            await store.UpsertAsync(key, new TimerEntry(session.Id, due), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await store.DeleteAsync(key, etag: null, cancellationToken).ConfigureAwait(false);
        }
    }
}
