using Microsoft.Extensions.Options;

namespace TeamsMockBot.Timing;

/// <summary>Runs <see cref="AnnounceMilestones"/> on a timer from the injected <see cref="TimeProvider"/>.</summary>
public sealed partial class MilestoneSweepService(AnnounceMilestones sweep, TimeProvider time, IOptions<TimerOptions> options, ILogger<MilestoneSweepService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await sweep.RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A store outage must not stop the timers for good: log and try again next tick.
                LogFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer sweep failed; it runs again at the next tick")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
