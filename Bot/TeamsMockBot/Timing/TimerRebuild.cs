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
/// A store that does not answer at start does not stop the host (readiness reports it): the rebuild
/// is tried again every few seconds until it succeeds.
/// </summary>
public sealed partial class TimerRebuild(
    StoredTimers entries, DueTimeline<PendingTimer> waiting, ISessionStore sessions, ITimerScheduler scheduler,
    IOptions<StorageOptions> storage, ILogger<TimerRebuild> logger) : IHostedService, IDisposable
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    // Waits for a store to come back run on the real clock (the app's is fake in host tests), like the file store's lock waits.
    private static readonly TimeProvider RetryClock = TimeProvider.System;

    private readonly CancellationTokenSource _stopping = new();
    private Task _retrying = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (storage.Value.UsesBlobStorage)
        {
            return;
        }

        try
        {
            await RebuildAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogRebuildFailed(logger, e);
            _retrying = RetryAsync(_stopping.Token);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _stopping.CancelAsync().ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            return; // stopped after disposal (a host that failed to start is disposed, then stopped): nothing runs
        }

        await _retrying.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public void Dispose() => _stopping.Dispose();

    private async Task RetryAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(RetryDelay, RetryClock, stoppingToken).ConfigureAwait(false);
            try
            {
                await RebuildAsync(stoppingToken).ConfigureAwait(false);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRebuildFailed(logger, e);
            }
        }
    }

    private async Task RebuildAsync(CancellationToken cancellationToken)
    {
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not queue the session timers again from the store; trying again in 5 s")]
    private static partial void LogRebuildFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued {Count} session timer(s) again from the store")]
    private static partial void LogRebuilt(ILogger logger, int count);
}
