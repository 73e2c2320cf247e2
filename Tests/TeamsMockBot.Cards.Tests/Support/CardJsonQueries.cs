using System.Text.Json.Nodes;

namespace TeamsMockBot.Cards.Tests.Support;

/// <summary>Finds things anywhere in a card's JSON, however deeply nested.</summary>
internal static class CardJsonQueries
{
    public static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var child in obj.Select(p => p.Value).SelectMany(Objects))
                {
                    yield return child;
                }

                break;
            case JsonArray array:
                foreach (var child in array.SelectMany(Objects))
                {
                    yield return child;
                }

                break;
        }
    }

    public static IEnumerable<JsonObject> OfType(JsonNode card, string type) =>
        Objects(card).Where(o => o["type"]?.GetValue<string>() == type);

    public static IEnumerable<string> Texts(JsonNode card) =>
        Objects(card).SelectMany(o => o.Where(p => p.Value is JsonValue v && v.TryGetValue<string>(out _)).Select(p => p.Value!.GetValue<string>()));
}
