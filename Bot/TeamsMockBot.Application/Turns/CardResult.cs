using TeamsMockBot.Cards.Model;

namespace TeamsMockBot.Application.Turns;

/// <summary>
/// The outcome of a card action: the card the person who clicked sees, and — when the action
/// changed what everyone sees — the new content of the message that was clicked.
/// </summary>
public sealed record CardResult(AdaptiveCard ForActor, AdaptiveCard? ForEveryone = null);
