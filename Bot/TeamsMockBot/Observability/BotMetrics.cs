using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace TeamsMockBot.Observability;

/// <summary>
/// Our instruments on the <c>TeamsMockBot</c> meter. The meter comes from <see cref="IMeterFactory"/>
/// (one per host, as .NET recommends) rather than a static, so a test can listen to exactly the host
/// it started while other hosts run in parallel.
/// </summary>
public sealed class BotMetrics
{
    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _refusals;
    private readonly Counter<long> _storeOperations;
    private readonly Histogram<double> _storeDuration;
    private readonly Counter<long> _proactiveSends;

    public BotMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(Telemetry.Name);
        _turns = meter.CreateCounter<long>(Telemetry.TurnsCounter, "{turn}", "Turns handled, by kind, verb or command, and outcome.");
        _turnDuration = meter.CreateHistogram<double>(Telemetry.TurnDurationHistogram, "s", "How long a turn took.");
        _refusals = meter.CreateCounter<long>(Telemetry.RefusalsCounter, "{refusal}", "Turns refused on purpose (rule, stale card, unknown session).");
        _storeOperations = meter.CreateCounter<long>(Telemetry.StoreOperationsCounter, "{operation}", "Document store calls, by operation and outcome.");
        _storeDuration = meter.CreateHistogram<double>(Telemetry.StoreDurationHistogram, "s", "How long a document store call took.");
        _proactiveSends = meter.CreateCounter<long>(Telemetry.ProactiveSendsCounter, "{attempt}", "Proactive Bot Connector attempts, by outcome (sent, retried, failed).");
    }

    public void TurnHandled(string kind, string name, string outcome, TimeSpan duration)
    {
        var tags = new TagList { { TelemetryTags.Kind, kind }, { TelemetryTags.TurnName, name }, { TelemetryTags.Outcome, outcome } };
        _turns.Add(1, tags);
        _turnDuration.Record(duration.TotalSeconds, tags);
    }

    public void TurnRefused(string kind, string name, string reason) =>
        _refusals.Add(1, new TagList { { TelemetryTags.Kind, kind }, { TelemetryTags.TurnName, name }, { TelemetryTags.Reason, reason } });

    public void StoreCalled(string operation, string collection, string outcome, TimeSpan duration)
    {
        var tags = new TagList { { TelemetryTags.StoreOperation, operation }, { TelemetryTags.StoreCollection, collection }, { TelemetryTags.Outcome, outcome } };
        _storeOperations.Add(1, tags);
        _storeDuration.Record(duration.TotalSeconds, tags);
    }

    public void ProactiveAttempted(string operation, string outcome, int? statusCode)
    {
        var tags = new TagList { { TelemetryTags.ProactiveOperation, operation }, { TelemetryTags.Outcome, outcome } };
        if (statusCode is { } status)
        {
            tags.Add(TelemetryTags.StatusCode, status);
        }

        _proactiveSends.Add(1, tags);
    }
}
