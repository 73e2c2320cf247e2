using TeamsMockBot.Domain.Analytics;

namespace TeamsMockBot.Cards.Models;

/// <summary>"My progress": the patterns across the student's sessions and their latest quiz score (null: never taken).</summary>
public sealed record ProgressCardModel(StudentProgress Progress, QuizScoreEntry? LatestQuiz);
