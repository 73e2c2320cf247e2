using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Storage;

/// <summary>
/// Once per store: adds sessions stored before the person and date indexes existed to them, so
/// "delete my data", export and retention find every session without scanning. Runs at start,
/// before any turn; afterwards a marker document makes it a single read.
/// </summary>
internal sealed partial class SessionIndexBackfill(IDocumentStore store, StoredSessions sessions, StoreConflictRetry retry, ILogger<SessionIndexBackfill> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await BackfillAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The store may be down at start (readiness reports it); the marker is not written, so the next start tries again.
            LogBackfillFailed(logger, e);
        }
    }

    private async Task BackfillAsync(CancellationToken cancellationToken)
    {
        if (await store.ReadAsync<IndexEntry>(DocumentKeys.SessionIndexesBuilt, cancellationToken).ConfigureAwait(false) is not null)
        {
            return;
        }

        var indexed = 0;
        await foreach (var key in store.ListKeysAsync(DocumentKeys.SessionsPrefix, cancellationToken).ConfigureAwait(false))
        {
            if (await store.ReadAsync<MockSession>(key, cancellationToken).ConfigureAwait(false) is { } session)
            {
                await sessions.IndexAsync(session.Value, cancellationToken).ConfigureAwait(false);
                indexed++;
            }
        }

        await store.UpsertAsync(DocumentKeys.SessionIndexesBuilt, IndexEntry.Instance, retry, cancellationToken).ConfigureAwait(false);
        LogBackfilled(logger, indexed);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not build the session indexes at start; trying again at the next start")]
    private static partial void LogBackfillFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session indexes built for {Count} stored session(s)")]
    private static partial void LogBackfilled(ILogger logger, int count);
}
