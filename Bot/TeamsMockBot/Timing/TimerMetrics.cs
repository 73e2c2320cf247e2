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
    private readonly Counter<long> _queueOperations;

    public TimerMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(Telemetry.Name);
        _fired = meter.CreateCounter<long>(Telemetry.TimersFiredCounter, "{timer}", "Queued timers handled, by purpose and outcome.");
        _lateness = meter.CreateHistogram<double>(Telemetry.TimerLatenessHistogram, "s", "How late a milestone or overdue close was handled after its due time.");
        _queueOperations = meter.CreateCounter<long>(Telemetry.TimerQueueOperationsCounter, "{operation}", "Timer queue calls, by operation.");
    }

    public void Fired(DueTimer due, string outcome, TimeSpan lateness)
    {
        var purpose = due.Purpose.ToString();
        _fired.Add(1, new TagList { { TelemetryTags.TimerPurpose, purpose }, { TelemetryTags.Outcome, outcome } });
        if (outcome is nameof(TimerFireOutcome.Announced) or nameof(TimerFireOutcome.Closed))
        {
            _lateness.Record(Math.Max(0, lateness.TotalSeconds), new TagList { { TelemetryTags.TimerPurpose, purpose } });
        }
    }

    public void QueueOperation(string operation) => _queueOperations.Add(1, new TagList { { TelemetryTags.TimerQueueOperation, operation } });
}
