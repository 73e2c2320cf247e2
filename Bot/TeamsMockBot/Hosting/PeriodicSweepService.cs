namespace TeamsMockBot.Hosting;

/// <summary>
/// Runs a sweep (delivery, retention) every interval on the injected <see cref="TimeProvider"/>, so
/// tests drive it with a fake clock. A failed pass is logged and tried again next time: a storage
/// outage must not stop the sweep for good.
/// </summary>
public abstract partial class PeriodicSweepService(TimeProvider time, ILogger logger) : BackgroundService
{
    /// <summary>False turns the background sweep off (tests run passes by hand).</summary>
    protected abstract bool Enabled { get; }

    protected abstract TimeSpan Interval { get; }

    /// <summary>A name for the log, e.g. "Timer sweep".</summary>
    protected abstract string Name { get; }

    /// <summary>Whether the first pass runs at start rather than after one interval.</summary>
    protected virtual bool RunAtStart => false;

    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, time);
        if (RunAtStart)
        {
            await PassAsync(stoppingToken).ConfigureAwait(false);
        }

        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            await PassAsync(stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task PassAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunOnceAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e, Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Sweep} failed; it runs again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception, string sweep);
}
