using System.Diagnostics;
using System.Diagnostics.Metrics;
using TeamsMockBot.Application.Timing;
using TeamsMockBot.Domain.Timing;
using TeamsMockBot.Observability;

namespace TeamsMockBot.Timing;

/// <summary>The timer instruments on the <c>TeamsMockBot</c> meter (names in <see cref="Telemetry"/>).</summary>
public sealed class TimerMetrics
{
    private readonly Counter<long> _fired;
    private readonly Histogram<double> _lateness;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _queueOperations;

    public TimerMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(Telemetry.Name);
        _fired = meter.CreateCounter<long>(Telemetry.TimersFiredCounter, "{timer}", "Queued timers handled, by purpose and outcome.");
        _lateness = meter.CreateHistogram<double>(Telemetry.TimerLatenessHistogram, "s", "How late a milestone or overdue close was handled after its due time.");
        _duration = meter.CreateHistogram<double>(Telemetry.TimerDurationHistogram, "s", "How long handling a fired timer took (recording, queuing the card update, scheduling the next).");
        _queueOperations = meter.CreateCounter<long>(Telemetry.TimerQueueOperationsCounter, "{operation}", "Timer queue calls, by operation.");
    }

    /// <param name="lateness">From the due time to the moment the timer fired.</param>
    /// <param name="duration">From the moment it fired to the end of its handling.</param>
    public void Fired(DueTimer due, string outcome, TimeSpan lateness, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(due);
        var tags = new TagList { { TelemetryTags.TimerPurpose, due.Purpose.ToString() }, { TelemetryTags.Outcome, outcome } };
        _fired.Add(1, tags);
        _duration.Record(duration.TotalSeconds, tags);
        if (outcome is nameof(TimerFireOutcome.Announced) or nameof(TimerFireOutcome.Closed))
        {
            _lateness.Record(Math.Max(0, lateness.TotalSeconds), tags);
        }
    }

    public void QueueOperation(string operation) => _queueOperations.Add(1, new TagList { { TelemetryTags.TimerQueueOperation, operation } });
}
