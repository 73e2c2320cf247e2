using System.Diagnostics;

namespace TeamsMockBot.Observability;

/// <summary>
/// Everything observed about one turn, opened when the turn starts and disposed when it ends: a
/// logging scope (<see cref="TurnLogScope"/>) so every log line inside the turn carries the activity,
/// conversation and session ids; a <c>turn …</c> span that store calls, Teams calls and Graph calls
/// nest under; and, on dispose, the turn's count and duration by kind, name and outcome.
/// Knows nothing of Bot Framework: the Teams adapter passes plain strings.
/// </summary>
public sealed class TurnTelemetry : IDisposable
{
    public const string Ok = "ok";
    public const string Refused = "refused";
    public const string Failed = "failed";

    private readonly BotMetrics _metrics;
    private readonly IDisposable? _scope;
    private readonly Activity? _span;
    private readonly string _kind;
    private readonly string _name;
    private readonly long _started = Stopwatch.GetTimestamp();
    private string _outcome = Ok;

    /// <param name="kind">The activity type (<c>message</c>, <c>invoke</c>, …): a small fixed set.</param>
    /// <param name="name">The verb or command: a small fixed set, so metrics stay bounded; never free text.</param>
    public TurnTelemetry(BotMetrics metrics, ILogger logger, string kind, string name, string? activityId, string? conversationId, string? sessionId)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(logger);
        _metrics = metrics;
        _kind = kind;
        _name = name;
        _scope = logger.BeginScope(new TurnLogScope(activityId, conversationId, sessionId));
        _span = Telemetry.Source.StartActivity($"turn {kind} {name}");
        _span?.SetTag(TelemetryTags.Kind, kind);
        _span?.SetTag(TelemetryTags.TurnName, name);
        _span?.SetTag(TelemetryTags.ActivityId, activityId);
        _span?.SetTag(TelemetryTags.ConversationId, conversationId);
        _span?.SetTag(TelemetryTags.SessionId, sessionId);
    }

    public string Outcome => _outcome;

    /// <summary>A session became known during the turn (e.g. created by it): tag the span with it.</summary>
    public void SessionIs(string sessionId) => _span?.SetTag(TelemetryTags.SessionId, sessionId);

    /// <summary>
    /// The turn ended in an exception the bot turned into a card (or that escaped). Expected
    /// refusals are counted as such and leave the span's status unset; anything else marks it an error.
    /// </summary>
    public void Fail(Exception exception, bool expected)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (expected)
        {
            _outcome = Refused;
            _metrics.TurnRefused(_kind, _name, exception.GetType().Name);
            _span?.AddEvent(new ActivityEvent("refused", tags: new ActivityTagsCollection { [TelemetryTags.Reason] = exception.GetType().Name }));
            return;
        }

        _outcome = Failed;
        _span?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
        _span?.AddException(exception);
    }

    public void Dispose()
    {
        _metrics.TurnHandled(_kind, _name, _outcome, Stopwatch.GetElapsedTime(_started));
        _span?.SetTag(TelemetryTags.Outcome, _outcome);
        _span?.Dispose();
        _scope?.Dispose();
    }
}
