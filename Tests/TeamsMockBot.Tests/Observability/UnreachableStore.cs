using TeamsMockBot.Application.Persistence;
using TeamsMockBot.Storage;

namespace TeamsMockBot.Tests.Observability;

/// <summary>A store whose every call fails as an unreachable account would.</summary>
public sealed class UnreachableStore : IDocumentStore
{
    public Task<StoredDocument<T>?> ReadAsync<T>(string key, CancellationToken cancellationToken) => throw Down(key);

    public Task<string> CreateAsync<T>(string key, T value, CancellationToken cancellationToken) => throw Down(key);

    public Task<string> ReplaceAsync<T>(string key, T value, string etag, CancellationToken cancellationToken) => throw Down(key);

    public Task DeleteAsync(string key, string? etag, CancellationToken cancellationToken) => throw Down(key);

    public IAsyncEnumerable<string> ListKeysAsync(string prefix, CancellationToken cancellationToken) => throw Down(prefix);

    private static HttpRequestException Down(string key) => new($"No route to the store account (for '{key}').");
}
