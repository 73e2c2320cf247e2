namespace TeamsMockBot.Cards.Model;

/// <summary>An <c>Input.Number</c>.</summary>
public sealed class NumberInput(string id) : InputElement(id)
{
    public string? Placeholder { get; init; }

    public int? Min { get; init; }

    public int? Max { get; init; }

    public int? Value { get; init; }
}
