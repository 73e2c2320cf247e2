using System.Text.Json.Nodes;
using TeamsMockBot.Cards.Model;

namespace TeamsMockBot.Cards.Tests.Support;

/// <summary>Reads a built card the way Teams would: through its JSON.</summary>
internal sealed class CardQuery(AdaptiveCard card)
{
    public JsonNode Json { get; } = card.ToJsonNode();

    public IReadOnlyList<string> Texts => CardJsonQueries.Texts(Json).ToList();

    public IReadOnlyList<string> Verbs =>
        CardJsonQueries.OfType(Json, "Action.Execute").Select(a => a["verb"]!.GetValue<string>()).ToList();

    public IReadOnlyList<string> InputIds =>
        CardJsonQueries.Objects(Json).Where(IsInput).Select(o => o["id"]!.GetValue<string>()).ToList();

    public bool HasText(string fragment) => Texts.Any(t => t.Contains(fragment, StringComparison.Ordinal));

    public JsonObject Input(string id) =>
        CardJsonQueries.Objects(Json).Single(o => IsInput(o) && o["id"]?.GetValue<string>() == id);

    public JsonObject Action(string verb) =>
        CardJsonQueries.OfType(Json, "Action.Execute").First(a => a["verb"]?.GetValue<string>() == verb);

    /// <summary>The body element that comes right after the input <paramref name="id"/>, wherever it is nested.</summary>
    public JsonObject? ElementAfterInput(string id)
    {
        foreach (var list in CardJsonQueries.Objects(Json).SelectMany(o => o.Select(p => p.Value)).OfType<JsonArray>())
        {
            var items = list.OfType<JsonObject>().ToList();
            var index = items.FindIndex(o => IsInput(o) && o["id"]?.GetValue<string>() == id);
            if (index >= 0)
            {
                return index + 1 < items.Count ? items[index + 1] : null;
            }
        }

        return null;
    }

    private static bool IsInput(JsonObject o) => o["type"]?.GetValue<string>()?.StartsWith("Input.", StringComparison.Ordinal) == true;
}
