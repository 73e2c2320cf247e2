namespace TeamsMockBot.Application.History;

/// <summary>
/// The sessions a person took part in, newest last, with the questions they were asked so the
/// planner never repeats one while fresh ones remain. Stored per person.
/// </summary>
public sealed record StudentHistory(IReadOnlyList<StudentHistoryItem> Sessions)
{
    /// <summary>Quiz attempts kept: the newest ones; progress shows the latest.</summary>
    public const int MaxQuizAttempts = 20;

    public static StudentHistory Empty { get; } = new([]);

    /// <summary>Practice quiz scores, oldest first. Added after histories were first stored: a document without it has none.</summary>
    public IReadOnlyList<QuizAttempt> QuizAttempts { get; init; } = [];

    public IReadOnlyCollection<string> QuestionsAsked => Sessions.SelectMany(s => s.QuestionIds).ToHashSet();

    public StudentHistory Without(string sessionId) =>
        Sessions.Any(s => s.SessionId == sessionId) ? this with { Sessions = Sessions.Where(s => s.SessionId != sessionId).ToList() } : this;

    /// <summary>Adds the session once; adding it again changes nothing (a retried create).</summary>
    public StudentHistory With(StudentHistoryItem item) =>
        Sessions.Any(s => s.SessionId == item.SessionId) ? this : this with { Sessions = [.. Sessions, item] };

    /// <summary>Adds the attempt once (a repeated submit of the same card changes nothing), keeping the newest <see cref="MaxQuizAttempts"/>.</summary>
    public StudentHistory WithQuiz(QuizAttempt attempt) =>
        QuizAttempts.Any(a => a.AttemptId == attempt.AttemptId) ? this : this with { QuizAttempts = [.. QuizAttempts.TakeLast(MaxQuizAttempts - 1), attempt] };
}
