namespace TeamsMockBot.Application.History;

/// <summary>One scored practice quiz, kept in the student's history. <see cref="AttemptId"/> is the quiz card's, so a repeated submit is recorded once.</summary>
public sealed record QuizAttempt(string AttemptId, string QuizId, DateTimeOffset TakenAt, int Score, int OutOf);
