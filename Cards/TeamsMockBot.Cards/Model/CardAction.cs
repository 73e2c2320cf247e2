using System.Text.Json.Serialization;

namespace TeamsMockBot.Cards.Model;

/// <summary>Base of buttons; the discriminator writes <c>type</c> first.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
public abstract class CardAction
{
    protected CardAction(string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Title = title;
    }

    [JsonPropertyOrder(-1)]
    public string Title { get; }

    [JsonPropertyOrder(100)]
    public ActionStyle? Style { get; init; }
}
