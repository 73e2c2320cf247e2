using System.Text.Json.Serialization;

namespace TeamsMockBot.Cards.Model;

/// <summary>
/// Base of inputs. <see cref="CardElement.Id"/> is required here: it is the key under which the
/// value comes back in the action's data.
/// </summary>
public abstract class InputElement : CardElement
{
    protected InputElement(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    [JsonPropertyOrder(1)]
    public string? Label { get; init; }

    [JsonPropertyOrder(90)]
    public bool? IsRequired { get; init; }

    [JsonPropertyOrder(91)]
    public string? ErrorMessage { get; init; }
}
