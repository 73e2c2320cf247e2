using Microsoft.Extensions.Options;

namespace TeamsMockBot.Timing;

/// <summary>Runs <see cref="AnnounceMilestones"/> on a timer from the injected <see cref="TimeProvider"/>.</summary>
public sealed class MilestoneSweepService(AnnounceMilestones sweep, TimeProvider time, IOptions<TimerOptions> options) : BackgroundService
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
            await sweep.RunOnceAsync(stoppingToken).ConfigureAwait(false);
        }
    }
}
