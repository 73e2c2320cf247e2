using TeamsMockBot.Cards.Tests.Catalog;
using TeamsMockBot.Cards.Tests.Support;

namespace TeamsMockBot.Cards.Tests.Rendering;

/// <summary>
/// Every catalog card through the official renderer. The renderer silently drops what it does
/// not understand, so the test fails on any parse or validation event, not only on exceptions.
/// </summary>
public sealed class CardRenderingTests(CardRenderer renderer) : IClassFixture<CardRenderer>
{
    [Theory]
    [MemberData(nameof(CardCatalog.Names), MemberType = typeof(CardCatalog))]
    public async Task CatalogCard_RendersWithoutWarnings(string name)
    {
        var result = await renderer.RenderAsync(CardCatalog.Get(name).Card.ToJson());
        await renderer.ScreenshotAsync(Path.Combine(RepoPaths.CardScreenshots, name + ".png"));

        Assert.True(result.Rendered, $"{name} did not render");
        Assert.True(result.TextBlocks > 0, $"{name} rendered no text");
        // Teams draws Chart.Line; this renderer does not know it and says it uses the chart's fallback (checked below).
        Assert.DoesNotContain(result.ParseEvents, e => !(e.Event == "UnknownElementType" && e.Message.Contains("\"Chart.Line\"", StringComparison.Ordinal)));
        Assert.Empty(result.ValidationEvents);
    }

    [Fact]
    public async Task ProgressCard_WhereChartsAreNotDrawn_ShowsEachChartsFallbackText()
    {
        var result = await renderer.RenderAsync(CardCatalog.Get("progress").Card.ToJson());

        var texts = result.Texts.Select(t => t.Trim()).ToList();
        Assert.Equal(3, result.ParseEvents.Count(e => e.Event == "UnknownElementType"));
        Assert.Contains("Structure (STAR): 2 → 3 → 3", texts);
        Assert.Contains("Results and impact: 1 → 2 → 3", texts);
        Assert.Contains("Pace: 168 → 151 wpm", texts);
        Assert.Contains("Fillers: 4.2 → 2.6 per minute", texts);
    }

    [Fact]
    public async Task UnknownElement_IsReported_SoTheRenderingTestCanFail()
    {
        const string card = """
            {"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"hi"},{"type":"Input.Slider","id":"x"}]}
            """;

        var result = await renderer.RenderAsync(card);

        Assert.NotEmpty(result.ParseEvents);
    }

    [Fact]
    public async Task RequiredInputWithoutLabel_IsReported()
    {
        const string card = """
            {"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text","id":"note","isRequired":true}]}
            """;

        var result = await renderer.RenderAsync(card);

        Assert.NotEmpty(result.ValidationEvents);
    }

    [Fact]
    public async Task InterviewerCard_ShowsItsControls()
    {
        var result = await renderer.RenderAsync(CardCatalog.Get("interview-question-interviewer").Card.ToJson());

        Assert.Equal(
            ["Next question", "Follow-up", "Pause", "+1 min", "Skip", "End interview",
             "Strong structure", "Great example", "Clear result", "No result stated", "Rambling", "Said \"we\", not \"I\"",
             "Save note", "Refresh"],
            result.Buttons);
    }
}
