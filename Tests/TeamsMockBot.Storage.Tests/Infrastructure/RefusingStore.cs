using TeamsMockBot.Application.Persistence;

namespace TeamsMockBot.Storage.Tests.Infrastructure;

/// <summary>
/// One document (an int) whose replaces are refused with <see cref="Refusal"/> (a conflict by
/// default) for as long as <see cref="Refusals"/> lasts; counts every write.
/// </summary>
public sealed class RefusingStore : IDocumentStore
{
    private int _value;
    private int _version = 1;

    public int Refusals { get; set; } = int.MaxValue;

    public Func<string, Exception> Refusal { get; set; } = key => new DocumentConflictException(key);

    public int Replaces { get; private set; }

    public Task<StoredDocument<T>?> ReadAsync<T>(string key, CancellationToken cancellationToken) =>
        Task.FromResult<StoredDocument<T>?>(new StoredDocument<T>((T)(object)_value, "v" + _version));

    public Task<string> CreateAsync<T>(string key, T value, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<string> ReplaceAsync<T>(string key, T value, string etag, CancellationToken cancellationToken)
    {
        Replaces++;
        if (Refusals > 0)
        {
            Refusals--;
            throw Refusal(key);
        }

        _value = (int)(object)value!;
        return Task.FromResult("v" + ++_version);
    }

    public Task DeleteAsync(string key, string? etag, CancellationToken cancellationToken) => throw new NotSupportedException();

    public IAsyncEnumerable<string> ListKeysAsync(string prefix, CancellationToken cancellationToken) => throw new NotSupportedException();
}
