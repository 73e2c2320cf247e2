using TeamsMockBot.Domain.Storage;
using TeamsMockBot.Storage;

namespace TeamsMockBot.Storage.Tests.Storage;

public sealed record Counter(int Value, string Note = "");

public sealed class FileDocumentStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "teamsmockbot-store-" + Guid.NewGuid().ToString("N"));
    private readonly FileDocumentStore _store;

    public FileDocumentStoreTests()
    {
        _store = new FileDocumentStore(_root);
    }

    private static CancellationToken Ct => CancellationToken.None;

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private string FileOf(string key) => Path.Combine(_root, key.Replace('/', Path.DirectorySeparatorChar) + ".json");

    private async Task<List<string>> ListAsync(string prefix)
    {
        var keys = new List<string>();
        await foreach (var key in _store.ListKeysAsync(prefix, Ct))
        {
            keys.Add(key);
        }

        return keys;
    }

    // ---- Round trip ----

    [Fact]
    public async Task CreateAsync_ThenRead_ReturnsTheValueWithTheSameETag()
    {
        var etag = await _store.CreateAsync("sessions/s1", new Counter(7, "seven"), Ct);

        var read = await _store.ReadAsync<Counter>("sessions/s1", Ct);

        Assert.NotNull(read);
        Assert.Equal(new Counter(7, "seven"), read.Value);
        Assert.Equal(etag, read.ETag);
        Assert.True(File.Exists(FileOf("sessions/s1")));
        Assert.Equal(Path.GetFullPath(_root), _store.Root);
    }

    [Fact]
    public async Task CreateAsync_StoredJson_IsCamelCaseAndReadable()
    {
        await _store.CreateAsync("sessions/s1", new Counter(7, "seven"), Ct);

        var json = await File.ReadAllTextAsync(FileOf("sessions/s1"), Ct);

        Assert.Contains("\"value\": 7", json, StringComparison.Ordinal);
        Assert.Contains("\"note\": \"seven\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplaceAsync_CurrentETag_WritesAndReturnsANewETag()
    {
        var first = await _store.CreateAsync("sessions/s1", new Counter(1), Ct);

        var second = await _store.ReplaceAsync("sessions/s1", new Counter(2), first, Ct);

        Assert.NotEqual(first, second);
        var read = await _store.ReadAsync<Counter>("sessions/s1", Ct);
        Assert.Equal(new StoredDocument<Counter>(new Counter(2), second), read);
    }

    [Fact]
    public async Task ReadAsync_Missing_IsNullEvenWithoutTheFolder()
    {
        Assert.False(Directory.Exists(_root));

        Assert.Null(await _store.ReadAsync<Counter>("sessions/nope", Ct));
        Assert.Null(await _store.ReadAsync<Counter>("a/b/c/d", Ct));
    }

    [Fact]
    public async Task ReadAsync_SameContentFromAnotherStoreInstance_HasTheSameETag()
    {
        var etag = await _store.CreateAsync("sessions/s1", new Counter(3), Ct);

        var other = await new FileDocumentStore(_root).ReadAsync<Counter>("sessions/s1", Ct);

        Assert.Equal(etag, other!.ETag);
    }

    // ---- Conflicts ----

    [Fact]
    public async Task CreateAsync_Existing_ThrowsConflictAndKeepsTheOriginal()
    {
        await _store.CreateAsync("sessions/s1", new Counter(1), Ct);
        var before = await File.ReadAllBytesAsync(FileOf("sessions/s1"), Ct);

        var error = await Assert.ThrowsAsync<DocumentConflictException>(() => _store.CreateAsync("sessions/s1", new Counter(2), Ct));

        Assert.Equal("sessions/s1", error.Key);
        Assert.Equal(before, await File.ReadAllBytesAsync(FileOf("sessions/s1"), Ct));
    }

    [Fact]
    public async Task ReplaceAsync_StaleETag_ThrowsConflictAndLeavesTheStoredContentUnchanged()
    {
        var stale = await _store.CreateAsync("sessions/s1", new Counter(1), Ct);
        var current = await _store.ReplaceAsync("sessions/s1", new Counter(2), stale, Ct);
        var before = await File.ReadAllBytesAsync(FileOf("sessions/s1"), Ct);

        var error = await Assert.ThrowsAsync<DocumentConflictException>(() => _store.ReplaceAsync("sessions/s1", new Counter(99), stale, Ct));

        Assert.Equal("sessions/s1", error.Key);
        Assert.Equal(before, await File.ReadAllBytesAsync(FileOf("sessions/s1"), Ct));
        Assert.Equal(new StoredDocument<Counter>(new Counter(2), current), await _store.ReadAsync<Counter>("sessions/s1", Ct));
    }

    [Fact]
    public async Task ReplaceAsync_Missing_ThrowsConflictAndCreatesNothing()
    {
        await Assert.ThrowsAsync<DocumentConflictException>(() => _store.ReplaceAsync("sessions/s1", new Counter(1), "\"ABC\"", Ct));

        Assert.Null(await _store.ReadAsync<Counter>("sessions/s1", Ct));
    }

    // ---- Delete ----

    [Fact]
    public async Task DeleteAsync_StaleETag_IsRefusedAndTheDocumentStays()
    {
        var stale = await _store.CreateAsync("timers/s1", new Counter(1), Ct);
        await _store.ReplaceAsync("timers/s1", new Counter(2), stale, Ct);

        await Assert.ThrowsAsync<DocumentConflictException>(() => _store.DeleteAsync("timers/s1", stale, Ct));

        Assert.Equal(new Counter(2), (await _store.ReadAsync<Counter>("timers/s1", Ct))!.Value);
    }

    [Fact]
    public async Task DeleteAsync_CurrentETag_RemovesTheDocument()
    {
        var etag = await _store.CreateAsync("timers/s1", new Counter(1), Ct);

        await _store.DeleteAsync("timers/s1", etag, Ct);

        Assert.Null(await _store.ReadAsync<Counter>("timers/s1", Ct));
        Assert.Empty(await ListAsync("timers/"));
    }

    [Fact]
    public async Task DeleteAsync_NoETag_RemovesWhateverIsThere()
    {
        await _store.CreateAsync("timers/s1", new Counter(1), Ct);

        await _store.DeleteAsync("timers/s1", etag: null, Ct);

        Assert.Null(await _store.ReadAsync<Counter>("timers/s1", Ct));
    }

    [Fact]
    public async Task DeleteAsync_Missing_DoesNothing()
    {
        await _store.DeleteAsync("timers/none", etag: null, Ct);
        await _store.DeleteAsync("timers/none", "\"ABC\"", Ct);

        Assert.Null(await _store.ReadAsync<Counter>("timers/none", Ct));
    }

    [Fact]
    public async Task CreateAsync_AfterDelete_Succeeds()
    {
        var etag = await _store.CreateAsync("timers/s1", new Counter(1), Ct);
        await _store.DeleteAsync("timers/s1", etag, Ct);

        await _store.CreateAsync("timers/s1", new Counter(2), Ct);

        Assert.Equal(new Counter(2), (await _store.ReadAsync<Counter>("timers/s1", Ct))!.Value);
    }

    // ---- Listing ----

    [Fact]
    public async Task ListKeysAsync_Prefix_ReturnsMatchingKeysInOrdinalOrderIgnoringTempAndLockFiles()
    {
        foreach (var key in new[] { "sessions/b", "sessions/a-2", "sessions/a", "sessions/B", "timers/a", "students/x/history" })
        {
            await _store.CreateAsync(key, new Counter(1), Ct);
        }

        // A replace and a delete leave lock files behind; add a stray temp file and a foreign file too.
        var etag = (await _store.ReadAsync<Counter>("sessions/a", Ct))!.ETag;
        await _store.ReplaceAsync("sessions/a", new Counter(2), etag, Ct);
        await _store.DeleteAsync("sessions/gone", etag: null, Ct);
        var folder = Path.Combine(_root, "sessions");
        await File.WriteAllTextAsync(Path.Combine(folder, "c.json." + Guid.NewGuid().ToString("N") + ".tmp"), "{}", Ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "d.json.lock"), "", Ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "not a key.json"), "{}", Ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "notes.txt"), "hello", Ct);
        Assert.True(File.Exists(FileOf("sessions/a") + ".lock"));

        Assert.Equal(["sessions/B", "sessions/a", "sessions/a-2", "sessions/b"], await ListAsync("sessions/"));
        Assert.Equal(["timers/a"], await ListAsync(DocumentKeys.TimersPrefix));
        Assert.Equal(["sessions/a", "sessions/a-2"], await ListAsync("sessions/a"));
        Assert.Equal(7 - 1, (await ListAsync("")).Count);
        Assert.Empty(await ListAsync("nothing/"));
    }

    [Fact]
    public async Task ListKeysAsync_NoFolderYet_IsEmpty()
    {
        Assert.Empty(await ListAsync(""));
    }

    [Theory]
    [InlineData("../")]
    [InlineData("sessions/../../")]
    [InlineData("/etc/")]
    public async Task ListKeysAsync_PrefixLeavingTheStore_IsRefused(string prefix)
    {
        await _store.CreateAsync("sessions/a", new Counter(1), Ct);

        await Assert.ThrowsAsync<ArgumentException>(() => ListAsync(prefix));
    }

    [Fact]
    public async Task ListKeysAsync_PrefixEndingMidSegment_MatchesKeysInThatFolderAndBelow()
    {
        foreach (var key in new[] { "students/ab/history", "students/ac/history", "students/b/history", "studentsx/a" })
        {
            await _store.CreateAsync(key, new Counter(1), Ct);
        }

        Assert.Equal(["students/ab/history", "students/ac/history"], await ListAsync("students/a"));
        Assert.Equal(["students/ab/history", "students/ac/history", "students/b/history", "studentsx/a"], await ListAsync("student"));
    }

    // ---- Corrupt documents ----

    [Theory]
    [InlineData("{ \"value\": 1, ")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("{ \"value\": \"seven\" }")]
    [InlineData("\u00ff\u00fe garbage")]
    public async Task ReadAsync_CorruptFile_ThrowsCorruptDocumentAndLeavesTheFileByteIdentical(string content)
    {
        await _store.CreateAsync("sessions/s1", new Counter(1), Ct);
        var bytes = System.Text.Encoding.Latin1.GetBytes(content);
        await File.WriteAllBytesAsync(FileOf("sessions/s1"), bytes, Ct);

        var error = await Assert.ThrowsAsync<CorruptDocumentException>(() => _store.ReadAsync<Counter>("sessions/s1", Ct));
        await Assert.ThrowsAsync<CorruptDocumentException>(() => _store.UpdateAsync<Counter>("sessions/s1", c => c with { Value = 2 }, Ct));

        Assert.Equal("sessions/s1", error.Key);
        Assert.NotNull(error.InnerException);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(FileOf("sessions/s1"), Ct));
    }

    // ---- Keys ----

    public static TheoryData<string> InvalidKeys() => ["../x", "a//b", "a b", "", "/a", "a/", "..", "a\\b", "a.json", "29:1abc", new string('a', 161)];

    [Theory]
    [MemberData(nameof(InvalidKeys))]
    public async Task EveryOperation_InvalidKey_IsRefusedWithArgumentException(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _store.ReadAsync<Counter>(key, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.CreateAsync(key, new Counter(1), Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.ReplaceAsync(key, new Counter(1), "\"ABC\"", Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.DeleteAsync(key, etag: null, Ct));

        Assert.False(Directory.Exists(_root));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(_root)!, "x.json")));
    }

    // ---- The update loop (DocumentUpdates) over the file store ----

    [Fact]
    public async Task UpdateAsync_Existing_AppliesAndSaves()
    {
        await _store.CreateAsync("counters/c", new Counter(1), Ct);

        var saved = await _store.UpdateAsync<Counter>("counters/c", c => c with { Value = c.Value + 1 }, Ct);

        Assert.Equal(new Counter(2), saved.Value);
        Assert.Equal(saved, await _store.ReadAsync<Counter>("counters/c", Ct));
    }

    [Fact]
    public async Task UpdateAsync_NoChange_DoesNotWrite()
    {
        var etag = await _store.CreateAsync("counters/c", new Counter(1), Ct);
        var before = File.GetLastWriteTimeUtc(FileOf("counters/c"));

        var saved = await _store.UpdateAsync<Counter>("counters/c", c => c with { }, Ct);

        Assert.Equal(etag, saved.ETag);
        Assert.Equal(before, File.GetLastWriteTimeUtc(FileOf("counters/c")));
    }

    [Fact]
    public async Task UpdateAsync_Missing_ThrowsNotFound()
    {
        var error = await Assert.ThrowsAsync<DocumentNotFoundException>(() => _store.UpdateAsync<Counter>("counters/c", c => c, Ct));

        Assert.Equal("counters/c", error.Key);
    }

    [Fact]
    public async Task UpsertAsync_MissingThenExisting_CreatesThenReplaces()
    {
        await _store.UpsertAsync("counters/c", new Counter(1), Ct);
        Assert.Equal(new Counter(1), (await _store.ReadAsync<Counter>("counters/c", Ct))!.Value);

        await _store.UpsertAsync("counters/c", new Counter(5), Ct);
        Assert.Equal(new Counter(5), (await _store.ReadAsync<Counter>("counters/c", Ct))!.Value);
    }

    [Fact]
    public async Task UpdateAsync_FiftyParallelIncrementsFromTwoHosts_LoseNoUpdate()
    {
        const int Increments = 50;
        var hostA = new FileDocumentStore(_root);
        var hostB = new FileDocumentStore(_root);
        await hostA.CreateAsync("counters/shared", new Counter(0), Ct);

        // Enough pool threads that the writers really run at once (file I/O blocks a thread on Unix);
        // with only a couple of threads the race this test is about would hardly ever happen.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), Math.Max(io, 64));
        try
        {
            var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var updates = Enumerable.Range(0, Increments).Select(i => Task.Run(async () =>
            {
                await go.Task;
                var store = i % 2 == 0 ? hostA : hostB;
                await store.UpdateAsync<Counter>("counters/shared", c => c with { Value = c.Value + 1 }, Ct);
            }, Ct)).ToList();
            go.SetResult();
            await Task.WhenAll(updates);
        }
        finally
        {
            ThreadPool.SetMinThreads(workers, io);
        }

        Assert.Equal(new Counter(Increments), (await hostB.ReadAsync<Counter>("counters/shared", Ct))!.Value);
        Assert.Equal(["counters/shared"], await ListAsync("counters/"));
    }
}
