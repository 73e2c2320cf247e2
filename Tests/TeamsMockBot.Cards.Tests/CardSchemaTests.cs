using System.Text.Json.Nodes;
using NJsonSchema;
using TeamsMockBot.Cards.Tests.Catalog;
using TeamsMockBot.Cards.Tests.Support;

namespace TeamsMockBot.Cards.Tests;

public sealed class CardSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFileAsync(RepoPaths.CardSchema).GetAwaiter().GetResult());

    [Theory]
    [MemberData(nameof(CardCatalog.Names), MemberType = typeof(CardCatalog))]
    public void CatalogCard_ValidatesAgainstAdaptiveCard15Schema(string name)
    {
        var errors = Validate(CardCatalog.Get(name).Card.ToJsonNode());

        Assert.True(errors.Count == 0, $"{name}: {string.Join("; ", errors)}");
    }

    [Theory]
    [InlineData("""{ "type": "TextBlock", "wrap": true }""")]
    [InlineData("""{ "type": "Input.Slider", "id": "x" }""")]
    [InlineData("""{ "type": "TextBlock", "text": "hi", "colour": "good" }""")]
    [InlineData("""{ "type": "Input.ChoiceSet", "id": "x", "choices": [ { "title": "no value" } ] }""")]
    public void BrokenCard_FailsTheSchema(string element)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JsonArray(JsonNode.Parse(element)),
        };

        Assert.NotEmpty(Validate(card));
    }

    /// <summary>
    /// <c>msteams</c> is a Teams extension the 1.5 schema does not list (it forbids unknown
    /// top-level properties), so it is checked on its own and removed before validating.
    /// </summary>
    private static List<string> Validate(JsonNode card)
    {
        var copy = card.DeepClone().AsObject();
        if (copy["msteams"] is JsonObject teams)
        {
            Assert.Equal("Full", teams["width"]?.GetValue<string>());
            copy.Remove("msteams");
        }

        var chartProblems = new List<string>();
        ReplaceChartsWithFallbacks(copy, chartProblems);
        return [.. chartProblems, .. Schema.Value.Validate(copy.ToJsonString()).Select(e => $"{e.Path}: {e.Kind}")];
    }

    [Fact]
    public void ProgressCard_ChartsAreCheckedAndTheirFallbacksValidated()
    {
        var problems = new List<string>();
        var card = CardCatalog.Get("progress").Card.ToJsonNode().AsObject();

        ReplaceChartsWithFallbacks(card, problems);

        Assert.Empty(problems);
        Assert.DoesNotContain("Chart.Line", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Structure (STAR): 2 → 3 → 3", CardJsonQueries.Texts(card));
    }

    [Theory]
    [InlineData("""{ "type": "Chart.Line", "data": [] }""")] // no fallback
    [InlineData("""{ "type": "Chart.Line", "data": [ { "legend": "a", "values": [ { "x": "1", "y": "high" } ] } ], "fallback": { "type": "TextBlock", "text": "a" } }""")]
    [InlineData("""{ "type": "Chart.Line", "data": [], "xAxis": "s", "fallback": { "type": "TextBlock", "text": "a" } }""")]
    public void BrokenChart_IsReported(string element)
    {
        var problems = new List<string>();
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["body"] = new JsonArray(JsonNode.Parse(element)) };

        ReplaceChartsWithFallbacks(card, problems);

        Assert.NotEmpty(problems);
    }

    /// <summary>
    /// Teams' <c>Chart.Line</c> is outside the 1.5 schema, so each one is checked against the
    /// properties Teams documents ("Charts in Adaptive Cards": title, xAxisTitle, yAxisTitle, color,
    /// colorSet, data of { legend, color, values of { x: number or string, y: number } }, fallback)
    /// and then replaced by its fallback, which must itself pass the schema.
    /// </summary>
    private static void ReplaceChartsWithFallbacks(JsonNode node, List<string> problems)
    {
        HashSet<string> chartKeys = ["type", "id", "title", "xAxisTitle", "yAxisTitle", "color", "colorSet", "data", "fallback", "spacing", "separator", "isVisible"];
        switch (node)
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonObject { } element && element["type"]?.GetValue<string>() == "Chart.Line")
                    {
                        problems.AddRange(element.Select(p => p.Key).Where(k => !chartKeys.Contains(k)).Select(k => $"Chart.Line: unknown property '{k}'"));
                        foreach (var series in element["data"] as JsonArray ?? [])
                        {
                            problems.AddRange(series!.AsObject().Select(p => p.Key).Where(k => k is not ("legend" or "color" or "values")).Select(k => $"Chart.Line data: unknown property '{k}'"));
                            foreach (var point in series["values"] as JsonArray ?? [])
                            {
                                if (point?["y"] is not JsonValue y || y.GetValueKind() != System.Text.Json.JsonValueKind.Number || point["x"] is not JsonValue)
                                {
                                    problems.Add($"Chart.Line point {point?.ToJsonString()}: x must be a number or string, y a number");
                                }
                            }
                        }

                        if (element["fallback"] is not JsonObject fallback)
                        {
                            problems.Add("Chart.Line has no fallback element, so clients without charts show nothing");
                            continue;
                        }

                        array[i] = fallback.DeepClone();
                    }

                    if (array[i] is { } child)
                    {
                        ReplaceChartsWithFallbacks(child, problems);
                    }
                }

                break;
            case JsonObject obj:
                foreach (var (_, child) in obj.ToList())
                {
                    if (child is not null)
                    {
                        ReplaceChartsWithFallbacks(child, problems);
                    }
                }

                break;
        }
    }
}
