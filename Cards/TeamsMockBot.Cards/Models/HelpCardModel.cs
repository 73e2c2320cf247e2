namespace TeamsMockBot.Cards.Models;

/// <summary>The help card; <see cref="IsWelcome"/> adds a greeting for when the bot is first added.</summary>
public sealed record HelpCardModel(bool IsWelcome, string? UserName = null);
