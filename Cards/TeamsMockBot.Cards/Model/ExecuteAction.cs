namespace TeamsMockBot.Cards.Model;

/// <summary>
/// A Universal Action: Teams sends an <c>adaptiveCard/action</c> invoke with <see cref="Verb"/>
/// and <see cref="Data"/> merged with the card's inputs (unless <see cref="AssociatedInputs"/> is None).
/// </summary>
public sealed class ExecuteAction(string title, string verb) : CardAction(title)
{
    public string Verb { get; } = verb;

    public IReadOnlyDictionary<string, object>? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }
}
