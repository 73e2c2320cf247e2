using Microsoft.Extensions.Options;
using TeamsMockBot.Application.Feedback;
using TeamsMockBot.Hosting;

namespace TeamsMockBot.Feedback;

/// <summary>
/// Releases peer feedback held past its double-blind deadline, at start and every
/// <see cref="PeerFeedbackOptions.ReleaseSweepInterval"/>. Any instance may run it: delivery is keyed
/// per session, so two instances releasing the same pair send each card once.
/// </summary>
public sealed class HeldFeedbackSweepService(ReleaseHeldFeedback sweep, TimeProvider time, IOptions<PeerFeedbackOptions> options, ILogger<HeldFeedbackSweepService> logger)
    : PeriodicSweepService(time, logger)
{
    protected override bool Enabled => options.Value.ReleaseSweepEnabled;

    protected override TimeSpan Interval => options.Value.ReleaseSweepInterval;

    protected override string Name => "Peer feedback release sweep";

    protected override bool RunAtStart => true;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => sweep.RunOnceAsync(cancellationToken);
}
