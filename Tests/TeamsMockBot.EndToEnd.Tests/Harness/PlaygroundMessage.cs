using System.Text.Json.Nodes;

namespace TeamsMockBot.EndToEnd.Tests.Harness;

/// <summary>
/// A bot message as the Playground broadcasts it to its page: created, or updated in place
/// (the bot's <c>UpdateActivity</c>). Only conversations the current user is in are broadcast.
/// </summary>
public sealed record PlaygroundMessage(string Action, string ConversationId, string MessageId, string? Text, IReadOnlyList<JsonNode> Cards)
{
    public bool IsUpdate => Action == "updateMessage";

    /// <summary>What a person can read: the text and, in the cards, every text, title, label, placeholder and value.</summary>
    public string AllText => string.Join("\n", Cards.SelectMany(Strings).Prepend(Text ?? string.Empty));

    public bool Says(string text) => AllText.Contains(text, StringComparison.OrdinalIgnoreCase);

    /// <summary>The <c>data</c> of the first <c>Action.Execute</c> with <paramref name="verb"/> in the message's cards, or null.</summary>
    public JsonObject? ActionData(string verb) => Cards.Select(c => ActionData(c, verb)).FirstOrDefault(d => d is not null);

    /// <summary>What a person can read on one card (e.g. the card an invoke answered with).</summary>
    public static string TextOf(JsonNode? card) => string.Join("\n", Strings(card));

    /// <summary>The <c>data</c> of the first <c>Action.Execute</c> with <paramref name="verb"/> anywhere in <paramref name="card"/>, or null.</summary>
    public static JsonObject? ActionData(JsonNode? card, string verb) => card switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.Execute" && o["verb"]?.GetValue<string>() == verb =>
            o["data"] as JsonObject ?? [],
        JsonObject o => o.Select(p => ActionData(p.Value, verb)).FirstOrDefault(d => d is not null),
        JsonArray a => a.Select(n => ActionData(n, verb)).FirstOrDefault(d => d is not null),
        _ => null,
    };

    internal static PlaygroundMessage? FromEvent(JsonNode? ev)
    {
        var action = ev?["action"]?.GetValue<string>();
        var message = ev?["message"];
        if (action is not ("createMessage" or "updateMessage") || message is null)
        {
            return null;
        }

        return new PlaygroundMessage(
            action,
            ev!["actionConversationId"]?.GetValue<string>() ?? string.Empty,
            message["messageId"]?.ToString() ?? string.Empty,
            message["text"]?.GetValue<string>(),
            CardsOf(message));
    }

    /// <summary>A Bot Framework activity the bot sent (see <see cref="BotConnectorLog"/>), read the same way.</summary>
    internal static PlaygroundMessage FromActivity(string action, string conversationId, string messageId, JsonNode? activity) =>
        new(action, conversationId, messageId, activity?["text"]?.GetValue<string>(), CardsOf(activity));

    private static List<JsonNode> CardsOf(JsonNode? message) =>
        (message?["attachments"]?.AsArray() ?? [])
            .Where(a => a?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive" && a["content"] is not null)
            .Select(a => a!["content"]!.DeepClone())
            .ToList();

    private static readonly HashSet<string> ReadableProperties = ["text", "title", "label", "placeholder", "value", "errorMessage", "altText"];

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => ReadableProperties.Contains(p.Key) && p.Value is JsonValue v && v.TryGetValue<string>(out var s)
            ? [s]
            : Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        _ => [],
    };
}
