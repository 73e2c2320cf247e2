using Microsoft.Extensions.Options;
using TeamsMockBot.Application.Timing;
using TeamsMockBot.Hosting;

namespace TeamsMockBot.Timing;

/// <summary>Announces due timer milestones every <see cref="TimerOptions.SweepInterval"/>.</summary>
public sealed class MilestoneSweepService(AnnounceMilestones sweep, TimeProvider time, IOptions<TimerOptions> options, ILogger<MilestoneSweepService> logger)
    : PeriodicSweepService(time, logger)
{
    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.SweepInterval;

    protected override string Name => "Timer sweep";

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => sweep.RunOnceAsync(cancellationToken);
}
