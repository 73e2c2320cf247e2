using System.Diagnostics;

namespace TeamsMockBot.Observability;

/// <summary>
/// The names of our own telemetry, in one place: the <see cref="ActivitySource"/> and meter called
/// <c>TeamsMockBot</c>, the instrument names and the tag names. Dashboards, alerts and tests depend
/// on these strings, so they change only on purpose.
/// </summary>
public static class Telemetry
{
    /// <summary>The name of our activity source and meter (register both with OpenTelemetry).</summary>
    public const string Name = "TeamsMockBot";

    /// <summary>
    /// Our spans: one per turn, per store call and per proactive send. Static, as .NET recommends for
    /// an ActivitySource: listeners subscribe by name, so one instance serves every host in the process.
    /// </summary>
    public static ActivitySource Source { get; } = new(Name);

    /// <summary>Turns handled, tagged kind, name (verb or command) and outcome.</summary>
    public const string TurnsCounter = "teamsmockbot.turns";

    /// <summary>Wall-clock time of a turn in seconds, same tags as <see cref="TurnsCounter"/>.</summary>
    public const string TurnDurationHistogram = "teamsmockbot.turn.duration";

    /// <summary>Expected refusals (a rule said no, stale card, unknown session), tagged kind, name and reason.</summary>
    public const string RefusalsCounter = "teamsmockbot.refusals";

    /// <summary>Calls to the document store, tagged operation, collection and outcome.</summary>
    public const string StoreOperationsCounter = "teamsmockbot.store.operations";

    /// <summary>Duration of a store call in seconds, same tags as <see cref="StoreOperationsCounter"/>.</summary>
    public const string StoreDurationHistogram = "teamsmockbot.store.duration";

    /// <summary>
    /// Proactive Bot Connector attempts (outside a turn), tagged operation and outcome: <c>sent</c>,
    /// <c>retried</c> (a 429/412/502/504 that will be tried again) or <c>failed</c>; plus the status code.
    /// </summary>
    public const string ProactiveSendsCounter = "teamsmockbot.proactive.sends";

    /// <summary>Queued timers handled, tagged purpose (<c>Milestone</c>, <c>OverdueClose</c>) and outcome (<c>Announced</c>, <c>Closed</c>, <c>Stale</c>, <c>Gone</c>, <c>failed</c>).</summary>
    public const string TimersFiredCounter = "teamsmockbot.timer.fired";

    /// <summary>How late a timer that announced a milestone or closed a session fired after its due time, in seconds, tagged purpose and outcome.</summary>
    public const string TimerLatenessHistogram = "teamsmockbot.timer.lateness";

    /// <summary>How long handling a fired timer took, in seconds (record, queue the card update, schedule the next), tagged purpose and outcome.</summary>
    public const string TimerDurationHistogram = "teamsmockbot.timer.duration";

    /// <summary>Timer queue calls, tagged operation (<c>send</c>, <c>receive</c>, <c>delete</c>, <c>update</c>; <c>schedule</c> for the in-process queue).</summary>
    public const string TimerQueueOperationsCounter = "teamsmockbot.timer.queue.operations";
}
