namespace TeamsMockBot.Cards.Model;

/// <summary>One option of a <see cref="ChoiceSetInput"/>; <see cref="Value"/> is what the bot receives.</summary>
public sealed record Choice(string Title, string Value);
