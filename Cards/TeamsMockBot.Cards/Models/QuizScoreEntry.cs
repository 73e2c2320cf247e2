namespace TeamsMockBot.Cards.Models;

/// <summary>A practice quiz score as the progress card shows it.</summary>
public sealed record QuizScoreEntry(int Score, int OutOf, DateTimeOffset TakenAt);
