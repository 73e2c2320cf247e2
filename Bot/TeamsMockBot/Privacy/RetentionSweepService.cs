using Microsoft.Extensions.Options;
using TeamsMockBot.Application.Privacy;
using TeamsMockBot.Hosting;

namespace TeamsMockBot.Privacy;

/// <summary>Deletes sessions past retention at start and every <see cref="PrivacyOptions.RetentionSweepInterval"/>.</summary>
public sealed class RetentionSweepService(RetentionSweep sweep, TimeProvider time, IOptions<PrivacyOptions> options, ILogger<RetentionSweepService> logger)
    : PeriodicSweepService(time, logger)
{
    protected override bool Enabled => options.Value.RetentionSweepEnabled;

    protected override TimeSpan Interval => options.Value.RetentionSweepInterval;

    protected override string Name => "Retention sweep";

    protected override bool RunAtStart => true;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => sweep.RunOnceAsync(cancellationToken);
}
