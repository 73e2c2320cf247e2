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

    internal static PlaygroundMessage? FromEvent(JsonNode? ev)
    {
        var action = ev?["action"]?.GetValue<string>();
        var message = ev?["message"];
        if (action is not ("createMessage" or "updateMessage") || message is null)
        {
            return null;
        }

        var cards = (message["attachments"]?.AsArray() ?? [])
            .Where(a => a?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive" && a["content"] is not null)
            .Select(a => a!["content"]!.DeepClone())
            .ToList();
        return new PlaygroundMessage(
            action,
            ev!["actionConversationId"]?.GetValue<string>() ?? string.Empty,
            message["messageId"]?.ToString() ?? string.Empty,
            message["text"]?.GetValue<string>(),
            cards);
    }

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
