using System.Text.Json.Serialization;

namespace TeamsMockBot.Cards.Model;

/// <summary>
/// One column of a <see cref="ColumnSet"/>. It is not a body element, so it writes its own
/// <c>type</c>. <see cref="Width"/> is <c>auto</c>, <c>stretch</c>, a weight such as <c>2</c>
/// or pixels such as <c>60px</c>.
/// </summary>
public sealed class Column(IReadOnlyList<CardElement> items)
{
    [JsonPropertyOrder(-2)]
    public string Type { get; } = "Column";

    [JsonPropertyOrder(-1)]
    public string? Id { get; init; }

    public IReadOnlyList<CardElement> Items { get; } = items;

    public string? Width { get; init; }

    public VerticalContentAlignment? VerticalContentAlignment { get; init; }

    public ContainerStyle? Style { get; init; }

    public Spacing? Spacing { get; init; }
}
