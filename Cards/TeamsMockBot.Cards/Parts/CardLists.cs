using TeamsMockBot.Cards.Model;

namespace TeamsMockBot.Cards.Parts;

/// <summary>
/// Lists drawn as columns rather than markdown, so long items get a hanging indent and user text
/// is never parsed as list syntax.
/// </summary>
internal static class CardLists
{
    public static IEnumerable<CardElement> Numbered(IEnumerable<string> items) =>
        items.Select((item, index) => Row($"{index + 1}.", item));

    public static IEnumerable<CardElement> Bulleted(IEnumerable<string> items) =>
        items.Select(item => Row("•", item));

    private static ColumnSet Row(string marker, string text) => new(
    [
        new Column([new TextBlock(marker) { Weight = TextWeight.Bolder }]) { Width = "auto" },
        new Column([new TextBlock(text)]) { Width = "stretch" },
    ])
    { Spacing = Spacing.Small };
}
