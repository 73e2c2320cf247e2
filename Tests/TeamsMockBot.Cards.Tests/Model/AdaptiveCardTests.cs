using TeamsMockBot.Cards.Model;

namespace TeamsMockBot.Cards.Tests.Model;

public sealed class AdaptiveCardTests
{
    [Fact]
    public void ToJson_WritesTypeFirstCamelCaseAndOmitsNulls()
    {
        var card = new AdaptiveCard([new TextBlock("Hi") { Size = TextSize.ExtraLarge, Spacing = Spacing.None }]);

        Assert.Equal(
            """{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5","body":[{"type":"TextBlock","text":"Hi","size":"extraLarge","wrap":true,"spacing":"none"}],"msteams":{"width":"Full"}}""",
            card.ToJson());
    }

    [Fact]
    public void ToJson_KeepsReadableCharactersUnescaped()
    {
        var json = new AdaptiveCard([new TextBlock("Paused — 2:35 left · it's \"fine\"")]).ToJson();

        Assert.Contains("Paused — 2:35 left · it's \\\"fine\\\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_WritesActionsInputsAndColumnsWithTheirTypes()
    {
        var card = new AdaptiveCard(
        [
            new ColumnSet([new Column([new TextInput("note") { Label = "Note" }]) { Width = "auto" }]),
        ])
        {
            Actions = [new ToggleVisibilityAction("Show", ["x"]), new ExecuteAction("Go", "v") { Data = new Dictionary<string, object> { ["q"] = 2 } }],
        };

        var json = card.ToJson();

        Assert.Contains("""{"type":"Column","items":[{"type":"Input.Text","id":"note","label":"Note"}],"width":"auto"}""", json, StringComparison.Ordinal);
        Assert.Contains("""{"type":"Action.ToggleVisibility","title":"Show","targetElements":["x"]}""", json, StringComparison.Ordinal);
        Assert.Contains("""{"type":"Action.Execute","title":"Go","verb":"v","data":{"q":2}}""", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_WithoutId_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => new TextInput(" "));
    }
}
