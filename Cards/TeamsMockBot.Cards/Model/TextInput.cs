namespace TeamsMockBot.Cards.Model;

/// <summary>An <c>Input.Text</c>.</summary>
public sealed class TextInput(string id) : InputElement(id)
{
    public string? Placeholder { get; init; }

    public bool? IsMultiline { get; init; }

    public int? MaxLength { get; init; }

    public string? Value { get; init; }
}
