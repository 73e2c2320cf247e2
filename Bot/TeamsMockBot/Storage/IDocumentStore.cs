using TeamsMockBot.Application.Persistence;

namespace TeamsMockBot.Storage;

/// <summary>
/// Durable JSON documents addressed by a key such as <c>sessions/{id}</c>, with optimistic
/// concurrency: every write names the version it replaces, so two writers never silently
/// overwrite each other. Keys are built by our code from validated ids, never from user text.
/// </summary>
public interface IDocumentStore
{
    Task<StoredDocument<T>?> ReadAsync<T>(string key, CancellationToken cancellationToken);

    /// <summary>Creates the document; throws <see cref="DocumentConflictException"/> if it exists.</summary>
    Task<string> CreateAsync<T>(string key, T value, CancellationToken cancellationToken);

    /// <summary>Replaces the document if it is still at <paramref name="etag"/>; otherwise throws <see cref="DocumentConflictException"/>.</summary>
    Task<string> ReplaceAsync<T>(string key, T value, string etag, CancellationToken cancellationToken);

    /// <summary>Deletes the document if present (at <paramref name="etag"/> when one is given).</summary>
    Task DeleteAsync(string key, string? etag, CancellationToken cancellationToken);

    /// <summary>Keys that start with <paramref name="prefix"/>, in ordinal order.</summary>
    IAsyncEnumerable<string> ListKeysAsync(string prefix, CancellationToken cancellationToken);
}
