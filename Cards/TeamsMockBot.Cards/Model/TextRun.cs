using System.Text.Json.Serialization;

namespace TeamsMockBot.Cards.Model;

/// <summary>One run of literal text inside a <see cref="RichTextBlock"/> (Adaptive Cards 1.2+).</summary>
public sealed class TextRun(string text)
{
    [JsonPropertyOrder(-2)]
    public string Type { get; } = "TextRun";

    public string Text { get; } = text;

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public bool? Italic { get; init; }
}
