namespace TeamsMockBot.Cards.Model;

public sealed record Fact(string Title, string Value);
