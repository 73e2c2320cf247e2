using Microsoft.Extensions.Options;
using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Hosting;
using TeamsMockBot.Teams;

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

    /// <summary>
    /// Sends without waiting for Teams' rate limits or <c>Retry-After</c>: a message held back stays in the
    /// outbox until then, and the messages behind it in the pass (other chats) are not kept waiting.
    /// </summary>
    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        using var mode = TeamsCallMode.WithoutWaiting();
        await delivery.RunOnceAsync(cancellationToken).ConfigureAwait(false);
    }
}
