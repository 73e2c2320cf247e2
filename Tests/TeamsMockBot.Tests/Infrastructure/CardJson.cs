using System.Text.Json.Nodes;

namespace TeamsMockBot.Tests.Infrastructure;

/// <summary>Reads what a person would see and can click on a card, from its JSON.</summary>
public static class CardJson
{
    /// <summary>The verbs of every <c>Action.Execute</c> on the card (buttons, not the refresh action).</summary>
    public static IReadOnlyList<string> Verbs(JsonNode card) =>
        Objects(card, skipRefresh: true).Where(o => o["type"]?.GetValue<string>() == "Action.Execute")
            .Select(o => o["verb"]!.GetValue<string>()).ToList();

    /// <summary>The data of the first button with <paramref name="verb"/>.</summary>
    public static JsonObject Data(JsonNode card, string verb) =>
        Objects(card, skipRefresh: true).First(o => o["type"]?.GetValue<string>() == "Action.Execute" && o["verb"]?.GetValue<string>() == verb)["data"]!.AsObject().DeepClone().AsObject();

    /// <summary>The ids and current values of the card's inputs.</summary>
    public static IReadOnlyDictionary<string, string?> Inputs(JsonNode card) =>
        Objects(card, skipRefresh: true).Where(o => o["type"]?.GetValue<string>()?.StartsWith("Input.", StringComparison.Ordinal) == true)
            .ToDictionary(o => o["id"]!.GetValue<string>(), o => o["value"]?.ToString());

    /// <summary>All the text on the card, joined; good enough for "does the card say X".</summary>
    public static string Text(JsonNode card) =>
        string.Join("\n", Objects(card, skipRefresh: false).SelectMany(o => new[] { o["text"], o["title"], o["label"], o["value"] })
            .Where(v => v is JsonValue).Select(v => v!.ToString()));

    private static IEnumerable<JsonObject> Objects(JsonNode node, bool skipRefresh)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (name, child) in obj)
                {
                    if (child is null || (skipRefresh && name == "refresh"))
                    {
                        continue;
                    }

                    foreach (var inner in Objects(child, skipRefresh))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array.Where(c => c is not null))
                {
                    foreach (var inner in Objects(child!, skipRefresh))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }
}
