using TeamsMockBot.Cards.Model;

namespace TeamsMockBot.Application.Turns;

/// <summary>
/// The outcome of a card action: the card the person who clicked sees, and — when the action
/// changed what everyone sees — the new content of the message that was clicked.
/// </summary>
public sealed record CardResult(AdaptiveCard ForActor, AdaptiveCard? ForEveryone = null)
{
    /// <summary>
    /// For a turn whose card is posted as a new message (a meeting event): called with the posted
    /// message's id, after Teams accepted it — e.g. to make it the session's shared card.
    /// </summary>
    public Func<string, CancellationToken, Task>? AfterPostedAsync { get; init; }
}
