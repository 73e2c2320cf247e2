using System.Text.Json.Serialization;

namespace TeamsMockBot.Cards.Model;

/// <summary>
/// Base of every element that can sit in a card body or container. The discriminator makes
/// System.Text.Json write <c>type</c> first, as Adaptive Card readers expect.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(NumberInput), "Input.Number")]
[JsonDerivedType(typeof(DateInput), "Input.Date")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
[JsonDerivedType(typeof(LineChart), LineChart.ElementType)]
public abstract class CardElement
{
    [JsonPropertyOrder(-1)]
    public string? Id { get; init; }

    // Layout properties go last so each element's content reads first in the JSON.
    [JsonPropertyOrder(100)]
    public Spacing? Spacing { get; init; }

    [JsonPropertyOrder(101)]
    public bool? Separator { get; init; }

    [JsonPropertyOrder(102)]
    public bool? IsVisible { get; init; }
}
