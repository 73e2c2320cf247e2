using System.Runtime.CompilerServices;
using TeamsMockBot.Application.Persistence;
using TeamsMockBot.Storage;

namespace TeamsMockBot.Tests.Infrastructure;

/// <summary>
/// A real store whose writes to keys under <see cref="FailingPrefix"/> fail as an unreachable
/// storage account does after the SDK's retries, while reads keep working.
/// </summary>
public sealed class WriteFailingStore(IDocumentStore inner) : IDocumentStore
{
    public string? FailingPrefix { get; set; }

    public Task<StoredDocument<T>?> ReadAsync<T>(string key, CancellationToken cancellationToken) => inner.ReadAsync<T>(key, cancellationToken);

    public Task<string> CreateAsync<T>(string key, T value, CancellationToken cancellationToken) =>
        Fails(key) ? throw new StorageUnavailableException(key, "injected outage") : inner.CreateAsync(key, value, cancellationToken);

    public Task<string> ReplaceAsync<T>(string key, T value, string etag, CancellationToken cancellationToken) =>
        Fails(key) ? throw new StorageUnavailableException(key, "injected outage") : inner.ReplaceAsync(key, value, etag, cancellationToken);

    public Task DeleteAsync(string key, string? etag, CancellationToken cancellationToken) => inner.DeleteAsync(key, etag, cancellationToken);

    public async IAsyncEnumerable<string> ListKeysAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var key in inner.ListKeysAsync(prefix, cancellationToken))
        {
            yield return key;
        }
    }

    private bool Fails(string key) => FailingPrefix is { } prefix && key.StartsWith(prefix, StringComparison.Ordinal);
}
