using Microsoft.Extensions.Options;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Application.Timing;
using TeamsMockBot.Storage;

namespace TeamsMockBot.Timing;

/// <summary>
/// With the folder store, queues every running session's timer again at start from its entry (the
/// only time timer entries are listed). Each counts as redelivered: the process that queued it may
/// have died half-way through handling it. An entry from before timers were queued has no due timer
/// and is derived again from its session. With Azure Storage the queue itself survives; nothing to do.
/// </summary>
public sealed partial class TimerRebuild(
    StoredTimers entries, DueTimeline<PendingTimer> waiting, ISessionStore sessions, ITimerScheduler scheduler,
    IOptions<StorageOptions> storage, ILogger<TimerRebuild> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (storage.Value.UsesBlobStorage)
        {
            return;
        }

        var count = 0;
        await foreach (var entry in entries.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (entry.Due is { } due)
            {
                waiting.Schedule(new PendingTimer(entry.SessionId, due, Redelivered: true), due.At);
            }
            else if (await sessions.FindAsync(entry.SessionId, cancellationToken).ConfigureAwait(false) is { } session)
            {
                await scheduler.TrackAsync(session, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await entries.DeleteAsync(entry.SessionId, cancellationToken).ConfigureAwait(false);
                continue;
            }

            count++;
        }

        LogRebuilt(logger, count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued {Count} session timer(s) again from the store")]
    private static partial void LogRebuilt(ILogger logger, int count);
}
