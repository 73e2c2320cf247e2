namespace TeamsMockBot.Cards.Model;

/// <summary>Groups elements; a style gives the group a tinted background.</summary>
public sealed class Container(IReadOnlyList<CardElement> items) : CardElement
{
    public IReadOnlyList<CardElement> Items { get; } = items;

    public ContainerStyle? Style { get; init; }

    public bool? Bleed { get; init; }
}
