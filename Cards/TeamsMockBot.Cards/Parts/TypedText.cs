using TeamsMockBot.Cards.Model;

namespace TeamsMockBot.Cards.Parts;

/// <summary>
/// Larger pieces of people's text for the feedback cards: titles and lists that carry a name, a note
/// or a comment. Like <see cref="CardText.Typed"/>, every one is a <see cref="RichTextBlock"/> of
/// <see cref="TextRun"/>s, so nothing typed is read as markdown, a mention or a link.
/// </summary>
internal static class TypedText
{
    public static RichTextBlock Title(string text) =>
        new([new TextRun(text) { Size = TextSize.Large, Weight = TextWeight.Bolder }]) { Spacing = Spacing.Small };

    public static RichTextBlock Heading(string text) =>
        new([new TextRun(text) { Size = TextSize.Medium, Weight = TextWeight.Bolder }]) { Spacing = Spacing.Large };

    public static RichTextBlock Small(string text) =>
        new([new TextRun(text) { Size = TextSize.Small, IsSubtle = true }]) { Spacing = Spacing.Small };

    /// <summary>Lines typed into one box ("one per line") shown as bullets; a single line is shown as it is.</summary>
    public static IEnumerable<CardElement> Lines(string text)
    {
        var lines = SplitLines(text);
        return lines.Count == 1 ? [CardText.Typed(lines[0])] : Bulleted(lines);
    }

    public static IEnumerable<CardElement> Bulleted(IEnumerable<string> items) =>
        items.Select(item => Row("•", item, TextColor.Default));

    public static IEnumerable<CardElement> Numbered(IEnumerable<string> items) =>
        items.Select((item, index) => Row(Wording.Number(index + 1), item, TextColor.Accent));

    /// <summary>A comment's lines, without list markers the giver typed ("- ", "• ", "1. ").</summary>
    public static IReadOnlyList<string> SplitLines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.TrimStart('-', '•', '*', ' '))
            .Where(line => line.Length > 0)
            .DefaultIfEmpty(text.Trim())
            .ToList();

    private static ColumnSet Row(string marker, string text, TextColor markerColor) => new(
    [
        new Column([new TextBlock(marker) { Weight = TextWeight.Bolder, Color = markerColor }]) { Width = "auto" },
        new Column([CardText.Typed(text)]) { Width = "stretch" },
    ])
    { Spacing = Spacing.Small };
}
