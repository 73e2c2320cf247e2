using TeamsMockBot.Application.History;
using TeamsMockBot.Application.Persistence;

namespace TeamsMockBot.Storage;

/// <summary><see cref="IHistoryStore"/> as one document per person: <c>students/{personId}/history</c>.</summary>
public sealed class StoredHistories(IDocumentStore store, StoreConflictRetry retry) : IHistoryStore
{
    public async Task<StudentHistory> GetAsync(string personId, CancellationToken cancellationToken) =>
        (await store.ReadAsync<StudentHistory>(DocumentKeys.StudentHistory(personId), cancellationToken).ConfigureAwait(false))?.Value
        ?? StudentHistory.Empty;

    public async Task AddAsync(string personId, StudentHistoryItem item, CancellationToken cancellationToken)
    {
        var key = DocumentKeys.StudentHistory(personId);
        try
        {
            await store.CreateAsync(key, StudentHistory.Empty.With(item), cancellationToken).ConfigureAwait(false);
        }
        catch (DocumentConflictException)
        {
            await store.UpdateAsync<StudentHistory>(key, h => h.With(item), retry, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task RecordQuizAsync(string personId, QuizAttempt attempt, CancellationToken cancellationToken)
    {
        var key = DocumentKeys.StudentHistory(personId);
        try
        {
            await store.CreateAsync(key, StudentHistory.Empty.WithQuiz(attempt), cancellationToken).ConfigureAwait(false);
        }
        catch (DocumentConflictException)
        {
            await store.UpdateAsync<StudentHistory>(key, h => h.WithQuiz(attempt), retry, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task RemoveAsync(string personId, string sessionId, CancellationToken cancellationToken)
    {
        try
        {
            await store.UpdateAsync<StudentHistory>(DocumentKeys.StudentHistory(personId), h => h.Without(sessionId), retry, cancellationToken).ConfigureAwait(false);
        }
        catch (DocumentNotFoundException)
        {
            // Nothing to remove from.
        }
    }

    public Task DeleteAsync(string personId, CancellationToken cancellationToken) =>
        store.DeleteAsync(DocumentKeys.StudentHistory(personId), etag: null, cancellationToken);
}
