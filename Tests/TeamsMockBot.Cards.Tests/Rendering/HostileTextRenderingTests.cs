using TeamsMockBot.Cards.Tests.Catalog;

namespace TeamsMockBot.Cards.Tests.Rendering;

/// <summary>
/// People's text is text: each card built with hostile text in every person-typed field
/// (<see cref="HostileCards"/>), rendered by the official Adaptive Cards renderer in Chromium with
/// markdown on (and bare URLs linkified, as Teams does). Nothing the person typed becomes a link, an
/// image, bold, italics, a heading or a script, and every character of it is shown.
/// </summary>
public sealed class HostileTextRenderingTests(CardRenderer renderer) : IClassFixture<CardRenderer>
{
    [Theory]
    [MemberData(nameof(HostileCards.Names), MemberType = typeof(HostileCards))]
    public async Task Card_WithHostileTypedText_ShowsItLiterallyWithNoLinkOrFormatting(string name)
    {
        var report = await renderer.InspectTypedTextAsync(HostileCards.Get(name).ToJson(), HostileCards.Marker);

        Assert.True(report.Rendered, $"{name} did not render");
        // Teams draws Chart.Line (progress card); this renderer does not know it and uses the chart's fallback.
        Assert.DoesNotContain(report.ParseEvents, e => !(e.Event == "UnknownElementType" && e.Message.Contains("\"Chart.Line\"", StringComparison.Ordinal)));
        Assert.NotEmpty(report.Placements); // the hostile text reached the card, so this test can fail
        Assert.All(report.Placements, p => Assert.True(p.InTextRun || p.InChoice, $"{name}: typed text rendered in {p.Element}, where markdown applies"));
        Assert.Equal(0, report.Scripts);
        Assert.DoesNotContain(report.Formatted, e => e.Contains("evil", StringComparison.Ordinal) || e.Contains(HostileCards.Marker, StringComparison.Ordinal)
            || e.Contains("bold", StringComparison.Ordinal) || e.Contains("heading", StringComparison.Ordinal) || e.EndsWith(" x", StringComparison.Ordinal) || e.Contains("Sam", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Formatted, e => e.StartsWith("img", StringComparison.Ordinal) || e.StartsWith("script", StringComparison.Ordinal) || e.StartsWith("h1", StringComparison.Ordinal));
        Assert.All(HostileCards.Payloads, payload => Assert.Contains(payload, report.Text, StringComparison.Ordinal));
    }
}
