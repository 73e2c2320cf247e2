using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using TeamsMockBot.Application.Persistence;
using TeamsMockBot.Storage;

namespace TeamsMockBot.Benchmarks;

/// <summary>
/// A what-if for the breakdown: the same JSON (same options as the product's StoreJson) and the same
/// ETag semantics as the file store, but no file system, no lock file and no hashing — what a turn
/// would cost if the store were free, to show how much of the card action is storage.
/// </summary>
internal sealed class InMemoryDocumentStore : IDocumentStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = true,
    };

    private readonly ConcurrentDictionary<string, (byte[] Bytes, string ETag)> documents = new(StringComparer.Ordinal);
    private long version;

    public Task<StoredDocument<T>?> ReadAsync<T>(string key, CancellationToken cancellationToken) =>
        Task.FromResult(documents.TryGetValue(key, out var d)
            ? new StoredDocument<T>(JsonSerializer.Deserialize<T>(d.Bytes, Json)!, d.ETag)
            : null);

    public Task<string> CreateAsync<T>(string key, T value, CancellationToken cancellationToken)
    {
        var entry = Entry(value);
        return documents.TryAdd(key, entry) ? Task.FromResult(entry.ETag) : throw new DocumentConflictException(key);
    }

    public Task<string> ReplaceAsync<T>(string key, T value, string etag, CancellationToken cancellationToken)
    {
        var entry = Entry(value);
        return documents.TryGetValue(key, out var current) && current.ETag == etag && documents.TryUpdate(key, entry, current)
            ? Task.FromResult(entry.ETag)
            : throw new DocumentConflictException(key);
    }

    public Task DeleteAsync(string key, string? etag, CancellationToken cancellationToken)
    {
        if (documents.TryGetValue(key, out var current))
        {
            if (etag is not null && current.ETag != etag)
            {
                throw new DocumentConflictException(key);
            }

            documents.TryRemove(new KeyValuePair<string, (byte[], string)>(key, current));
        }

        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<string> ListKeysAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var key in documents.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return key;
        }

        await Task.CompletedTask;
    }

    private (byte[] Bytes, string ETag) Entry<T>(T value) =>
        (JsonSerializer.SerializeToUtf8Bytes(value, Json), "\"" + Interlocked.Increment(ref version).ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"");
}
