namespace TeamsMockBot.Cards.Models;

/// <summary>The student's past sessions, newest first.</summary>
public sealed record HistoryCardModel(string StudentName, IReadOnlyList<HistoryEntry> Sessions);
