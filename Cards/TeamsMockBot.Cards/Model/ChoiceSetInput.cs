namespace TeamsMockBot.Cards.Model;

/// <summary>An <c>Input.ChoiceSet</c>: a dropdown (compact) or radio buttons (expanded).</summary>
public sealed class ChoiceSetInput(string id, IReadOnlyList<Choice> choices) : InputElement(id)
{
    public IReadOnlyList<Choice> Choices { get; } = choices;

    public ChoiceInputStyle? Style { get; init; }

    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    public bool? Wrap { get; init; }
}
