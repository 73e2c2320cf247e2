using TeamsMockBot.Cards.Model;

namespace TeamsMockBot.Cards.Parts;

/// <summary>
/// Lists drawn as columns rather than markdown, so long items get a hanging indent. Markers carry
/// no "1." because a lone "1." is itself markdown list syntax and renders as an empty list.
/// </summary>
internal static class CardLists
{
    public static IEnumerable<CardElement> Numbered(IEnumerable<string> items) =>
        items.Select((item, index) => Row(Wording.Number(index + 1), item, TextColor.Accent));

    public static IEnumerable<CardElement> Bulleted(IEnumerable<string> items) =>
        items.Select(item => Row("•", item, TextColor.Default));

    /// <summary>A bulleted list of what people typed (notes): each item literal text, never markdown.</summary>
    public static IEnumerable<CardElement> BulletedTyped(IEnumerable<string> items) =>
        items.Select(item => Row("•", CardText.Typed(item), TextColor.Default));

    private static ColumnSet Row(string marker, string text, TextColor markerColor) => Row(marker, new TextBlock(text), markerColor);

    private static ColumnSet Row(string marker, CardElement text, TextColor markerColor) => new(
    [
        new Column([new TextBlock(marker) { Weight = TextWeight.Bolder, Color = markerColor }]) { Width = "auto" },
        new Column([text]) { Width = "stretch" },
    ])
    { Spacing = Spacing.Small };
}
