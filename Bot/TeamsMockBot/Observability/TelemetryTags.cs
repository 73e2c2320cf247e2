namespace TeamsMockBot.Observability;

/// <summary>
/// Tag names on our spans and measurements. Metric tags are kept to small, fixed sets of values
/// (no ids) so series don't multiply; ids go on spans and log scopes only.
/// </summary>
public static class TelemetryTags
{
    public const string Kind = "teamsmockbot.turn.kind";
    public const string TurnName = "teamsmockbot.turn.name";
    public const string Outcome = "teamsmockbot.outcome";
    public const string Reason = "teamsmockbot.reason";
    public const string ActivityId = "teamsmockbot.activity.id";
    public const string ConversationId = "teamsmockbot.conversation.id";
    public const string SessionId = "teamsmockbot.session.id";
    public const string StoreOperation = "teamsmockbot.store.operation";
    public const string StoreCollection = "teamsmockbot.store.collection";
    public const string ProactiveOperation = "teamsmockbot.proactive.operation";
    public const string StatusCode = "http.response.status_code";
    public const string TimerPurpose = "teamsmockbot.timer.purpose";
    public const string TimerQueueOperation = "teamsmockbot.timer.queue.operation";
}
