using TeamsMockBot.Cards.Model;

namespace TeamsMockBot.Cards.Parts;

/// <summary>The few text styles every card uses, so all cards share one visual language.</summary>
internal static class CardText
{
    /// <summary>A small line above a title that says what the card is about.</summary>
    public static TextBlock Eyebrow(string text) =>
        new(text) { Size = TextSize.Small, Weight = TextWeight.Bolder, Color = TextColor.Accent };

    public static TextBlock Title(string text) =>
        new(text) { Size = TextSize.Large, Weight = TextWeight.Bolder, Spacing = Spacing.Small };

    public static TextBlock Heading(string text) =>
        new(text) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Spacing = Spacing.Large };

    public static TextBlock Label(string text) =>
        new(text) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium };

    public static TextBlock Body(string text) => new(text);

    public static TextBlock Subtle(string text) =>
        new(text) { IsSubtle = true, Spacing = Spacing.Small };

    public static TextBlock Small(string text) =>
        new(text) { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.Small };

    /// <summary>
    /// What a person typed (a name, a focus, a note, feedback): literal text that Teams cannot read
    /// as markdown, a mention or a link. Every card shows people's text through this, never through
    /// a <see cref="TextBlock"/>.
    /// </summary>
    public static RichTextBlock Typed(string text, bool subtle = false) =>
        new([new TextRun(text) { IsSubtle = subtle ? true : null }]);

    /// <summary>A title (a card's headline) that holds what a person typed, e.g. their name.</summary>
    public static RichTextBlock TypedTitle(string text) =>
        new([new TextRun(text) { Size = TextSize.Large, Weight = TextWeight.Bolder }]) { Spacing = Spacing.Small };

    /// <summary>A body sentence that holds what a person typed, e.g. "Sam, this removes…".</summary>
    public static RichTextBlock TypedBody(string text, Spacing? spacing = null) =>
        new([new TextRun(text)]) { Spacing = spacing };

    /// <summary>Like <see cref="Subtle"/>, for a line that holds what a person typed.</summary>
    public static RichTextBlock TypedSubtle(string text) =>
        new([new TextRun(text) { IsSubtle = true }]) { Spacing = Spacing.Small };

    /// <summary>Like <see cref="Small"/>, for a line that holds what a person typed.</summary>
    public static RichTextBlock TypedSmall(string text, bool separator = false, Spacing? spacing = null) =>
        new([new TextRun(text) { Size = TextSize.Small, IsSubtle = true }]) { Spacing = spacing ?? Spacing.Small, Separator = separator ? true : null };

    /// <summary>A bold label followed by what a person typed, on one line.</summary>
    public static RichTextBlock LabelledTyped(string label, string text) =>
        new([new TextRun(label + " ") { Weight = TextWeight.Bolder }, new TextRun(text)]);

    /// <summary>A problem with the field just above it; red so it is found at a glance.</summary>
    public static TextBlock Error(string text) =>
        new(text) { Color = TextColor.Attention, Size = TextSize.Small, Spacing = Spacing.Small };
}
