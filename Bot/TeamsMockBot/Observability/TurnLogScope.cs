using System.Collections;
using System.Globalization;

namespace TeamsMockBot.Observability;

/// <summary>
/// The logging scope of one turn: <c>ActivityId</c>, <c>ConversationId</c> and, when the turn names
/// one, <c>SessionId</c>. Structured loggers (JSON console, OpenTelemetry) read it as key/value pairs;
/// the simple console prints <see cref="ToString"/>, so it is a list of pairs with a readable text
/// rather than a dictionary (whose text would be its type name).
/// </summary>
public sealed class TurnLogScope : IReadOnlyList<KeyValuePair<string, object?>>
{
    public const string ActivityIdKey = "ActivityId";
    public const string ConversationIdKey = "ConversationId";
    public const string SessionIdKey = "SessionId";

    private readonly KeyValuePair<string, object?>[] _values;

    public TurnLogScope(string? activityId, string? conversationId, string? sessionId)
    {
        ActivityId = activityId;
        ConversationId = conversationId;
        SessionId = sessionId;
        _values = sessionId is null
            ? [new(ActivityIdKey, activityId), new(ConversationIdKey, conversationId)]
            : [new(ActivityIdKey, activityId), new(ConversationIdKey, conversationId), new(SessionIdKey, sessionId)];
    }

    public string? ActivityId { get; }

    public string? ConversationId { get; }

    public string? SessionId { get; }

    public int Count => _values.Length;

    public KeyValuePair<string, object?> this[int index] => _values[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => SessionId is null
        ? string.Create(CultureInfo.InvariantCulture, $"activity {ActivityId}, conversation {ConversationId}")
        : string.Create(CultureInfo.InvariantCulture, $"activity {ActivityId}, conversation {ConversationId}, session {SessionId}");
}
