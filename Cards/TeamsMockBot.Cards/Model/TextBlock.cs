namespace TeamsMockBot.Cards.Model;

/// <summary>Text, with a small subset of markdown. Wraps by default: clipped text hides meaning.</summary>
public sealed class TextBlock(string text) : CardElement
{
    public string Text { get; } = text;

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    public bool? Wrap { get; init; } = true;
}
