using TeamsMockBot.AppPackage;

namespace TeamsMockBot.Manifest.Tests;

public sealed class ManifestTemplateTests
{
    [Fact]
    public void Placeholders_AreListedOnceInOrderOfUse()
    {
        var template = new ManifestTemplate("""{ "a": "${{ONE}}", "b": "x-${{TWO}}-${{ONE}}" }""");

        Assert.Equal(["ONE", "TWO"], template.Placeholders);
    }

    [Fact]
    public void Render_WithSeveralValuesMissing_NamesEachOfThem()
    {
        var template = new ManifestTemplate("""{ "a": "${{ONE}}", "b": "${{TWO}}", "c": "${{THREE}}" }""");

        var error = Assert.Throws<AppPackageException>(() => template.Render(new Dictionary<string, string> { ["TWO"] = "2" }));

        Assert.Equal(2, error.Problems.Count);
        Assert.StartsWith("Missing value ONE:", error.Problems[0], StringComparison.Ordinal);
        Assert.StartsWith("Missing value THREE:", error.Problems[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EscapesValuesForJson()
    {
        var template = new ManifestTemplate("""{ "a": "${{ONE}}" }""");

        var json = template.Render(new Dictionary<string, string> { ["ONE"] = "say \"hi\" \\ now" });

        Assert.Equal("say \"hi\" \\ now", (string?)System.Text.Json.Nodes.JsonNode.Parse(json)!["a"]);
    }

    [Theory]
    [InlineData("${{bot_id}}")]
    [InlineData("${{ BOT_ID }}")]
    [InlineData("${{BOT_ID}")]
    public void Render_WithAMalformedPlaceholder_Fails(string placeholder)
    {
        var template = new ManifestTemplate($$"""{ "a": "{{placeholder}}" }""");

        var error = Assert.Throws<AppPackageException>(() => template.Render(new Dictionary<string, string> { ["BOT_ID"] = "x" }));

        Assert.Contains("Malformed placeholder", Assert.Single(error.Problems), StringComparison.Ordinal);
    }
}
