namespace TeamsMockBot.Application.History;

/// <summary>Each person's <see cref="StudentHistory"/>: the sessions they took part in and the questions asked.</summary>
public interface IHistoryStore
{
    /// <summary>The person's history; empty when they have none.</summary>
    Task<StudentHistory> GetAsync(string personId, CancellationToken cancellationToken);

    /// <summary>Adds the session once; adding it again changes nothing.</summary>
    Task AddAsync(string personId, StudentHistoryItem item, CancellationToken cancellationToken);

    /// <summary>Keeps a practice quiz score; the same attempt again changes nothing.</summary>
    Task RecordQuizAsync(string personId, QuizAttempt attempt, CancellationToken cancellationToken);

    Task RemoveAsync(string personId, string sessionId, CancellationToken cancellationToken);

    Task DeleteAsync(string personId, CancellationToken cancellationToken);
}
