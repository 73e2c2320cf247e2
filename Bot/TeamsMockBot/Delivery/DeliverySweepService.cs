using Microsoft.Extensions.Options;
using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Hosting;

namespace TeamsMockBot.Delivery;

/// <summary>Delivers waiting messages at start and every <see cref="DeliveryOptions.SweepInterval"/>, on every instance.</summary>
public sealed class DeliverySweepService(OutboundDelivery delivery, TimeProvider time, IOptions<DeliveryOptions> options, ILogger<DeliverySweepService> logger)
    : PeriodicSweepService(time, logger)
{
    protected override bool Enabled => options.Value.SweepEnabled;

    protected override TimeSpan Interval => options.Value.SweepInterval;

    protected override string Name => "Delivery sweep";

    // Messages left by a previous process (a crash, a Teams outage) go out as soon as this one starts.
    protected override bool RunAtStart => true;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => delivery.RunOnceAsync(cancellationToken);
}
