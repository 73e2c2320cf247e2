using System.Text.Json.Nodes;
using TeamsMockBot.Cards.Tests.Catalog;

namespace TeamsMockBot.Cards.Tests;

/// <summary>
/// The static guard behind the Chromium test: in each card's JSON, a person-typed value never sits
/// where a client reads markdown — a TextBlock's text, a Fact's title or value, the label of an
/// expanded choice (radio labels are markdown in the JS renderer) — only in TextRuns and inputs.
/// </summary>
public sealed class PersonTextPlacementTests
{
    [Theory]
    [MemberData(nameof(HostileCards.Names), MemberType = typeof(HostileCards))]
    public void Card_PersonTypedText_NeverInMarkdownFields(string name)
    {
        var json = JsonNode.Parse(HostileCards.Get(name).ToJson())!;
        Assert.Contains(HostileCards.Marker, json.ToJsonString(), StringComparison.Ordinal); // the typed text is there, so this test can fail

        var misplaced = MarkdownFields(json).Where(f => f.Text.Contains(HostileCards.Marker, StringComparison.Ordinal)).Select(f => f.Where).ToList();

        Assert.True(misplaced.Count == 0, $"{name}: person-typed text in {string.Join(", ", misplaced)}");
    }

    [Fact]
    public void Guard_FindsTypedTextInATextBlock()
    {
        var card = JsonNode.Parse($$"""{"type":"AdaptiveCard","body":[{"type":"Container","items":[{"type":"TextBlock","text":"Hi {{HostileCards.Typed("name")}}"}]}]}""")!;

        Assert.Single(MarkdownFields(card), f => f.Text.Contains(HostileCards.Marker, StringComparison.Ordinal));
    }

    private static IEnumerable<(string Where, string Text)> MarkdownFields(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                var type = o["type"]?.GetValue<string>();
                if (type == "TextBlock")
                {
                    yield return ("TextBlock.text", o["text"]?.GetValue<string>() ?? string.Empty);
                }

                if (type == "FactSet")
                {
                    foreach (var fact in o["facts"]?.AsArray() ?? [])
                    {
                        yield return ("Fact.title", fact?["title"]?.GetValue<string>() ?? string.Empty);
                        yield return ("Fact.value", fact?["value"]?.GetValue<string>() ?? string.Empty);
                    }
                }

                if (type == "Input.ChoiceSet" && o["style"]?.GetValue<string>() == "expanded")
                {
                    foreach (var choice in o["choices"]?.AsArray() ?? [])
                    {
                        yield return ("expanded Choice.title", choice?["title"]?.GetValue<string>() ?? string.Empty);
                    }
                }

                foreach (var (_, child) in o)
                {
                    foreach (var found in MarkdownFields(child))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    foreach (var found in MarkdownFields(child))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }
}
