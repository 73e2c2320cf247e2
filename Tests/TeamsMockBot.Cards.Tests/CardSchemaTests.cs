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

        return Schema.Value.Validate(copy.ToJsonString()).Select(e => $"{e.Path}: {e.Kind}").ToList();
    }
}
