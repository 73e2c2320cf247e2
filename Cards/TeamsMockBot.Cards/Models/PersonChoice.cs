namespace TeamsMockBot.Cards.Models;

/// <summary>A person who can be picked on the setup card.</summary>
public sealed record PersonChoice(string Id, string Name);
