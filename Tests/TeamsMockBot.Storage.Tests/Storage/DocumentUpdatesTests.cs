using System.Runtime.CompilerServices;
using TeamsMockBot.Application.Persistence;
using TeamsMockBot.Storage;
using TeamsMockBot.Testing;

namespace TeamsMockBot.Storage.Tests.Storage;

public sealed class DocumentUpdatesTests
{
    /// <summary>An in-memory store of ints where another writer can sneak in before a replace.</summary>
    private sealed class RacyStore : IDocumentStore
    {
        private readonly Dictionary<string, (int Value, int Version)> _documents = [];

        public int Rivals { get; set; }
        public int Replaces { get; private set; }
        public int Creates { get; private set; }

        public int this[string key] => _documents[key].Value;

        public Task<StoredDocument<T>?> ReadAsync<T>(string key, CancellationToken cancellationToken) =>
            Task.FromResult(_documents.TryGetValue(key, out var d) ? new StoredDocument<T>((T)(object)d.Value, Tag(d.Version)) : null);

        public Task<string> CreateAsync<T>(string key, T value, CancellationToken cancellationToken)
        {
            Creates++;
            if (!_documents.TryAdd(key, ((int)(object)value!, 1)))
            {
                throw new DocumentConflictException(key);
            }

            return Task.FromResult(Tag(1));
        }

        public Task<string> ReplaceAsync<T>(string key, T value, string etag, CancellationToken cancellationToken)
        {
            Replaces++;
            if (Rivals > 0 && _documents.TryGetValue(key, out var rival))
            {
                // Another host adds 100 between our read and our write.
                Rivals--;
                _documents[key] = (rival.Value + 100, rival.Version + 1);
            }

            if (!_documents.TryGetValue(key, out var current) || Tag(current.Version) != etag)
            {
                throw new DocumentConflictException(key);
            }

            _documents[key] = ((int)(object)value!, current.Version + 1);
            return Task.FromResult(Tag(current.Version + 1));
        }

        public Task DeleteAsync(string key, string? etag, CancellationToken cancellationToken) => Task.CompletedTask;

        public async IAsyncEnumerable<string> ListKeysAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.CompletedTask;
            foreach (var key in _documents.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
            {
                yield return key;
            }
        }

        private static string Tag(int version) => "v" + version;
    }

    [Fact]
    public async Task UpdateAsync_NoRace_AppliesOnceAndReturnsTheNewVersion()
    {
        var store = new RacyStore();
        await store.CreateAsync("c", 1, CancellationToken.None);

        var saved = await store.UpdateAsync<int>("c", v => v + 1, CancellationToken.None);

        Assert.Equal(new StoredDocument<int>(2, "v2"), saved);
        Assert.Equal(1, store.Replaces);
    }

    [Fact]
    public async Task UpdateAsync_LosesTwoRaces_ReappliesToTheWinnersVersion()
    {
        var store = new RacyStore { Rivals = 2 };
        await store.CreateAsync("c", 1, CancellationToken.None);

        var saved = await store.UpdateAsync<int>("c", v => v + 1, CancellationToken.None);

        // Both rivals' +100 survive, and our +1 is applied exactly once.
        Assert.Equal(202, saved.Value);
        Assert.Equal(202, store["c"]);
        Assert.Equal(3, store.Replaces);
    }

    [Fact]
    public async Task UpdateAsync_NoChange_DoesNotWrite()
    {
        var store = new RacyStore();
        await store.CreateAsync("c", 5, CancellationToken.None);

        var saved = await store.UpdateAsync<int>("c", v => v, CancellationToken.None);

        Assert.Equal(new StoredDocument<int>(5, "v1"), saved);
        Assert.Equal(0, store.Replaces);
    }

    [Fact]
    public async Task UpdateAsync_Missing_ThrowsNotFound()
    {
        var error = await Assert.ThrowsAsync<DocumentNotFoundException>(() => new RacyStore().UpdateAsync<int>("c", v => v, CancellationToken.None));

        Assert.Equal("c", error.Key);
    }

    [Fact]
    public async Task UpsertAsync_MissingThenExisting_CreatesThenReplaces()
    {
        var store = new RacyStore();

        await store.UpsertAsync("c", 3, CancellationToken.None);
        await store.UpsertAsync("c", 4, CancellationToken.None);

        Assert.Equal(4, store["c"]);
        Assert.Equal(1, store.Creates);
        Assert.Equal(1, store.Replaces);
    }

    [Fact]
    public async Task UpsertAsync_LosesARace_StillWritesItsValue()
    {
        var store = new RacyStore { Rivals = 1 };
        await store.CreateAsync("c", 1, CancellationToken.None);

        await store.UpsertAsync("c", 7, CancellationToken.None);

        Assert.Equal(7, store["c"]);
        Assert.Equal(2, store.Replaces);
    }

    [Fact]
    public async Task UpsertAsync_SameValueAsStored_DoesNotWrite()
    {
        var store = new RacyStore();
        await store.CreateAsync("c", 3, CancellationToken.None);

        await store.UpsertAsync("c", 3, CancellationToken.None);

        Assert.Equal(0, store.Replaces);
    }

    [Fact]
    public async Task UpdateAsync_ConflictsThreeTimes_AppliesFourTimesToFreshReadsWaitingOnTheClock()
    {
        var time = new ObservedTimeProvider();
        var store = new RacyStore { Rivals = 3 };
        await store.CreateAsync("c", 1, CancellationToken.None);
        var seen = new List<int>();

        var update = store.UpdateAsync<int>("c", v => { seen.Add(v); return v + 1; }, new StoreConflictRetry(time, () => 0), CancellationToken.None);
        foreach (var (retry, ms) in new[] { 8, 16, 32 }.Index())
        {
            await time.WaitForTimersAsync(retry + 1);
            Assert.Equal(retry + 1, seen.Count); // the next attempt waits for the clock
            time.Advance(TimeSpan.FromMilliseconds(ms));
        }

        var saved = await update.WaitAsync(ObservedTimeProvider.Patience);

        Assert.Equal([1, 101, 201, 301], seen); // each attempt read the version that had just beaten it
        Assert.Equal(302, saved.Value);
        Assert.Equal(302, store["c"]);
        Assert.Equal(4, store.Replaces);
    }

    [Fact]
    public async Task UpsertAsync_LosesARace_WritesItsValueAfterWaitingOnTheClock()
    {
        var time = new ObservedTimeProvider();
        var store = new RacyStore { Rivals = 1 };
        await store.CreateAsync("c", 1, CancellationToken.None);

        var upsert = store.UpsertAsync("c", 7, new StoreConflictRetry(time, () => 0), CancellationToken.None);
        await time.WaitForTimersAsync(1);
        Assert.False(upsert.IsCompleted);
        time.Advance(StoreConflictRetry.FirstDelay);
        await upsert.WaitAsync(ObservedTimeProvider.Patience);

        Assert.Equal(7, store["c"]);
        Assert.Equal(2, store.Replaces);
    }

    /// <summary>A thread-safe store whose every call takes a moment, so parallel callers really overlap.</summary>
    private sealed class SlowStore : IDocumentStore
    {
        private readonly Lock _lock = new();
        private (int Value, int Version) _document;

        public int Conflicts { get; private set; }

        public int Value => _document.Value;

        public async Task<StoredDocument<T>?> ReadAsync<T>(string key, CancellationToken cancellationToken)
        {
            await Task.Delay(1, cancellationToken);
            lock (_lock)
            {
                return new StoredDocument<T>((T)(object)_document.Value, "v" + _document.Version);
            }
        }

        public Task<string> CreateAsync<T>(string key, T value, CancellationToken cancellationToken) => throw new NotSupportedException();

        public async Task<string> ReplaceAsync<T>(string key, T value, string etag, CancellationToken cancellationToken)
        {
            await Task.Delay(1, cancellationToken);
            lock (_lock)
            {
                if ("v" + _document.Version != etag)
                {
                    Conflicts++;
                    throw new DocumentConflictException(key);
                }

                _document = ((int)(object)value!, _document.Version + 1);
                return "v" + _document.Version;
            }
        }

        public Task DeleteAsync(string key, string? etag, CancellationToken cancellationToken) => Task.CompletedTask;

        public IAsyncEnumerable<string> ListKeysAsync(string prefix, CancellationToken cancellationToken) => throw new NotSupportedException();
    }

    [Fact]
    public async Task UpdateAsync_ParallelWritersThroughOneStore_TakeTurnsInsteadOfConflicting()
    {
        var store = new SlowStore();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => store.UpdateAsync<int>("c", v => v + 1, CancellationToken.None))));

        Assert.Equal(20, store.Value);
        Assert.Equal(0, store.Conflicts);
    }

    [Fact]
    public async Task UpdateAsync_WriterCancelledWhileWaitingItsTurn_LeavesTheOthersUnaffected()
    {
        var store = new SlowStore();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var writers = Enumerable.Range(0, 5).Select(_ => store.UpdateAsync<int>("c", v => v + 1, CancellationToken.None)).ToList();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.UpdateAsync<int>("c", v => v + 1, cancelled.Token));
        await Task.WhenAll(writers);
        await store.UpdateAsync<int>("c", v => v + 1, CancellationToken.None);

        Assert.Equal(6, store.Value);
    }
}
