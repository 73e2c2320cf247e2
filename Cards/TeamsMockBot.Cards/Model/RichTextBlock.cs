namespace TeamsMockBot.Cards.Model;

/// <summary>
/// Text made of runs. Unlike <see cref="TextBlock"/>, renderers never read a run's text as markdown,
/// so this is how a card shows what a person typed: a focus of <c>[prize](https://evil.example)</c>
/// stays those characters, not a link.
/// </summary>
public sealed class RichTextBlock(IReadOnlyList<TextRun> inlines) : CardElement
{
    public IReadOnlyList<TextRun> Inlines { get; } = inlines;

    public HorizontalAlignment? HorizontalAlignment { get; init; }
}
