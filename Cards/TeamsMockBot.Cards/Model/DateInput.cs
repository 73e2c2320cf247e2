namespace TeamsMockBot.Cards.Model;

/// <summary>An <c>Input.Date</c>; values are <c>yyyy-MM-dd</c>.</summary>
public sealed class DateInput(string id) : InputElement(id)
{
    public string? Placeholder { get; init; }

    public string? Min { get; init; }

    public string? Max { get; init; }

    public string? Value { get; init; }
}
