using TeamsMockBot.Domain.Feedback;

namespace TeamsMockBot.Cards.Models;

/// <summary>The student's past sessions, newest first; readiness calls read as <see cref="Rubric"/> words them.</summary>
public sealed record HistoryCardModel(string StudentName, IReadOnlyList<HistoryEntry> Sessions, Rubric Rubric);
