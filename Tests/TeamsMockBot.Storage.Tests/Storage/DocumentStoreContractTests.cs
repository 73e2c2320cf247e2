using System.Text;
using System.Text.Json.Nodes;
using TeamsMockBot.Application.Persistence;
using TeamsMockBot.Storage;

namespace TeamsMockBot.Storage.Tests.Storage;

/// <summary>
/// What every <see cref="IDocumentStore"/> must do, run against each store by a subclass that
/// supplies the store and raw access to its backing storage (to plant old, corrupt or future
/// documents and to prove that a refused write left the bytes alone).
/// </summary>
public abstract class DocumentStoreContractTests : IAsyncLifetime
{
    private IDocumentStore? _store;

    protected static CancellationToken Ct => CancellationToken.None;

    /// <summary>The store under test (one instance per test).</summary>
    protected IDocumentStore Store => _store ??= CreateStore();

    /// <summary>Another instance on the same backing storage, like a second bot host.</summary>
    protected abstract IDocumentStore CreateStore(DocumentSerializer? serializer = null);

    /// <summary>Writes bytes as the document <paramref name="key"/>, bypassing the store.</summary>
    protected abstract Task WriteRawAsync(string key, byte[] bytes);

    /// <summary>The stored bytes of <paramref name="key"/>, or null.</summary>
    protected abstract Task<byte[]?> ReadRawAsync(string key);

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    private async Task<List<string>> ListAsync(string prefix, IDocumentStore? store = null)
    {
        var keys = new List<string>();
        await foreach (var key in (store ?? Store).ListKeysAsync(prefix, Ct))
        {
            keys.Add(key);
        }

        return keys;
    }

    private async Task<string> RawTextAsync(string key) => Encoding.UTF8.GetString((await ReadRawAsync(key))!);

    // ---- Round trip ----

    [Fact]
    public async Task CreateAsync_ThenRead_ReturnsTheValueWithTheSameETag()
    {
        var etag = await Store.CreateAsync("sessions/s1", new Counter(7, "seven"), Ct);

        var read = await Store.ReadAsync<Counter>("sessions/s1", Ct);

        Assert.NotNull(read);
        Assert.Equal(new Counter(7, "seven"), read.Value);
        Assert.Equal(etag, read.ETag);
    }

    [Fact]
    public async Task CreateAsync_StoredJson_IsCamelCaseReadableAndStartsWithTheSchemaVersion()
    {
        await Store.CreateAsync("sessions/s1", new Counter(7, "seven"), Ct);

        var json = await RawTextAsync("sessions/s1");

        Assert.StartsWith("{\n  \"schemaVersion\": 1,", json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("\"value\": 7", json, StringComparison.Ordinal);
        Assert.Contains("\"note\": \"seven\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplaceAsync_CurrentETag_WritesAndReturnsANewETag()
    {
        var first = await Store.CreateAsync("sessions/s1", new Counter(1), Ct);

        var second = await Store.ReplaceAsync("sessions/s1", new Counter(2), first, Ct);

        Assert.NotEqual(first, second);
        Assert.Equal(new StoredDocument<Counter>(new Counter(2), second), await Store.ReadAsync<Counter>("sessions/s1", Ct));
    }

    [Fact]
    public async Task ReadAsync_Missing_IsNull()
    {
        Assert.Null(await Store.ReadAsync<Counter>("sessions/nope", Ct));
        Assert.Null(await Store.ReadAsync<Counter>("a/b/c/d", Ct));
    }

    [Fact]
    public async Task ReadAsync_FromAnotherStoreInstance_SeesTheSameDocumentAndETag()
    {
        var etag = await Store.CreateAsync("sessions/s1", new Counter(3), Ct);

        var other = await CreateStore().ReadAsync<Counter>("sessions/s1", Ct);

        Assert.Equal(new StoredDocument<Counter>(new Counter(3), etag), other);
    }

    // ---- Conflicts ----

    [Fact]
    public async Task CreateAsync_Existing_ThrowsConflictAndKeepsTheOriginal()
    {
        await Store.CreateAsync("sessions/s1", new Counter(1), Ct);
        var before = await ReadRawAsync("sessions/s1");

        var error = await Assert.ThrowsAsync<DocumentConflictException>(() => CreateStore().CreateAsync("sessions/s1", new Counter(2), Ct));

        Assert.Equal("sessions/s1", error.Key);
        Assert.Equal(before, await ReadRawAsync("sessions/s1"));
    }

    [Fact]
    public async Task ReplaceAsync_StaleETag_ThrowsConflictAndLeavesTheStoredContentUnchanged()
    {
        var stale = await Store.CreateAsync("sessions/s1", new Counter(1), Ct);
        var current = await Store.ReplaceAsync("sessions/s1", new Counter(2), stale, Ct);
        var before = await ReadRawAsync("sessions/s1");

        var error = await Assert.ThrowsAsync<DocumentConflictException>(() => Store.ReplaceAsync("sessions/s1", new Counter(99), stale, Ct));

        Assert.Equal("sessions/s1", error.Key);
        Assert.Equal(before, await ReadRawAsync("sessions/s1"));
        Assert.Equal(new StoredDocument<Counter>(new Counter(2), current), await Store.ReadAsync<Counter>("sessions/s1", Ct));
    }

    [Fact]
    public async Task ReplaceAsync_Missing_ThrowsConflictAndCreatesNothing()
    {
        await Assert.ThrowsAsync<DocumentConflictException>(() => Store.ReplaceAsync("sessions/s1", new Counter(1), "\"ABC\"", Ct));

        Assert.Null(await Store.ReadAsync<Counter>("sessions/s1", Ct));
    }

    [Fact]
    public async Task CreateAsync_SameKeyFromTwoStoresAtOnce_ExactlyOneWins()
    {
        var stores = new[] { Store, CreateStore() };

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(async i =>
        {
            try
            {
                await stores[i % 2].CreateAsync("sessions/race", new Counter(i), Ct);
                return true;
            }
            catch (DocumentConflictException)
            {
                return false;
            }
        }));

        Assert.Single(results, won => won);
    }

    // ---- Delete ----

    [Fact]
    public async Task DeleteAsync_StaleETag_IsRefusedAndTheDocumentStays()
    {
        var stale = await Store.CreateAsync("timers/s1", new Counter(1), Ct);
        await Store.ReplaceAsync("timers/s1", new Counter(2), stale, Ct);

        await Assert.ThrowsAsync<DocumentConflictException>(() => Store.DeleteAsync("timers/s1", stale, Ct));

        Assert.Equal(new Counter(2), (await Store.ReadAsync<Counter>("timers/s1", Ct))!.Value);
    }

    [Fact]
    public async Task DeleteAsync_CurrentETag_RemovesTheDocument()
    {
        var etag = await Store.CreateAsync("timers/s1", new Counter(1), Ct);

        await Store.DeleteAsync("timers/s1", etag, Ct);

        Assert.Null(await Store.ReadAsync<Counter>("timers/s1", Ct));
        Assert.Null(await ReadRawAsync("timers/s1"));
        Assert.Empty(await ListAsync("timers/"));
    }

    [Fact]
    public async Task DeleteAsync_NoETag_RemovesWhateverIsThere()
    {
        await Store.CreateAsync("timers/s1", new Counter(1), Ct);

        await Store.DeleteAsync("timers/s1", etag: null, Ct);

        Assert.Null(await Store.ReadAsync<Counter>("timers/s1", Ct));
    }

    [Fact]
    public async Task DeleteAsync_Missing_DoesNothing()
    {
        await Store.DeleteAsync("timers/none", etag: null, Ct);
        await Store.DeleteAsync("timers/none", "\"ABC\"", Ct);

        Assert.Null(await Store.ReadAsync<Counter>("timers/none", Ct));
    }

    [Fact]
    public async Task CreateAsync_AfterDelete_Succeeds()
    {
        var etag = await Store.CreateAsync("timers/s1", new Counter(1), Ct);
        await Store.DeleteAsync("timers/s1", etag, Ct);

        await Store.CreateAsync("timers/s1", new Counter(2), Ct);

        Assert.Equal(new Counter(2), (await Store.ReadAsync<Counter>("timers/s1", Ct))!.Value);
    }

    // ---- Listing ----

    [Fact]
    public async Task ListKeysAsync_Prefix_ReturnsMatchingKeysInOrdinalOrder()
    {
        foreach (var key in new[] { "sessions/b", "sessions/a-2", "sessions/a", "sessions/B", "timers/a", "students/x/history" })
        {
            await Store.CreateAsync(key, new Counter(1), Ct);
        }

        Assert.Equal(["sessions/B", "sessions/a", "sessions/a-2", "sessions/b"], await ListAsync("sessions/"));
        Assert.Equal(["timers/a"], await ListAsync(DocumentKeys.TimersPrefix));
        Assert.Equal(["sessions/a", "sessions/a-2"], await ListAsync("sessions/a"));
        Assert.Equal(6, (await ListAsync("")).Count);
        Assert.Empty(await ListAsync("nothing/"));
        Assert.Equal(["timers/a"], await ListAsync("timers/", CreateStore()));
    }

    [Fact]
    public async Task ListKeysAsync_NothingStoredYet_IsEmpty()
    {
        Assert.Empty(await ListAsync(""));
    }

    [Theory]
    [InlineData("../")]
    [InlineData("sessions/../../")]
    [InlineData("/etc/")]
    [InlineData("sessions//")]
    [InlineData("a b")]
    public async Task ListKeysAsync_PrefixThatIsNoKeyStart_IsRefused(string prefix)
    {
        await Store.CreateAsync("sessions/a", new Counter(1), Ct);

        await Assert.ThrowsAsync<ArgumentException>(() => ListAsync(prefix));
    }

    [Fact]
    public async Task ListKeysAsync_PrefixEndingMidSegment_MatchesKeysInThatFolderAndBelow()
    {
        foreach (var key in new[] { "students/ab/history", "students/ac/history", "students/b/history", "studentsx/a" })
        {
            await Store.CreateAsync(key, new Counter(1), Ct);
        }

        Assert.Equal(["students/ab/history", "students/ac/history"], await ListAsync("students/a"));
        Assert.Equal(["students/ab/history", "students/ac/history", "students/b/history", "studentsx/a"], await ListAsync("student"));
    }

    // ---- Corrupt documents ----

    [Theory]
    [InlineData("{ \"value\": 1, ")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[1, 2]")]
    [InlineData("{ \"value\": \"seven\" }")]
    [InlineData("{ \"schemaVersion\": \"one\", \"value\": 1 }")]
    [InlineData("{ \"schemaVersion\": -1, \"value\": 1 }")]
    [InlineData("\u00ff\u00fe garbage")]
    public async Task ReadAsync_CorruptDocument_ThrowsCorruptDocumentAndLeavesTheBytesAsTheyWere(string content)
    {
        await Store.CreateAsync("sessions/s1", new Counter(1), Ct);
        var bytes = Encoding.Latin1.GetBytes(content);
        await WriteRawAsync("sessions/s1", bytes);

        var error = await Assert.ThrowsAsync<CorruptDocumentException>(() => Store.ReadAsync<Counter>("sessions/s1", Ct));
        await Assert.ThrowsAsync<CorruptDocumentException>(() => Store.UpdateAsync<Counter>("sessions/s1", c => c with { Value = 2 }, Ct));
        await Assert.ThrowsAsync<CorruptDocumentException>(() => Store.UpsertAsync("sessions/s1", new Counter(3), Ct));

        Assert.Equal("sessions/s1", error.Key);
        Assert.NotNull(error.InnerException);
        Assert.Equal(bytes, await ReadRawAsync("sessions/s1"));
    }

    // ---- Schema versions ----

    /// <summary>A made-up history of <see cref="Counter"/>: v1 called the value "count"; v2 renamed it; v3 requires a note.</summary>
    private static DocumentSerializer CounterAtVersion3() => new(DocumentSchemas.Default
        .With<Counter>(1, doc =>
        {
            doc["value"] = doc["count"]?.DeepClone();
            doc.Remove("count");
            return doc;
        })
        .With<Counter>(2, doc =>
        {
            doc["note"] ??= "migrated";
            return doc;
        }));

    [Fact]
    public async Task ReadAsync_DocumentWrittenBeforeSchemaVersionExisted_IsReadAsVersion0AndSavedAsCurrent()
    {
        await WriteRawAsync("sessions/old", Encoding.UTF8.GetBytes("""{ "value": 7, "note": "legacy" }"""));

        var read = await Store.ReadAsync<Counter>("sessions/old", Ct);
        Assert.Equal(new Counter(7, "legacy"), read!.Value);

        await Store.UpdateAsync<Counter>("sessions/old", c => c with { Value = 8 }, Ct);
        var saved = JsonNode.Parse(await RawTextAsync("sessions/old"))!;
        Assert.Equal(DocumentSchemas.Baseline, saved[DocumentSerializer.VersionProperty]!.GetValue<int>());
        Assert.Equal(8, saved["value"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("""{ "count": 5 }""", 5)]
    [InlineData("""{ "schemaVersion": 1, "count": 5 }""", 5)]
    [InlineData("""{ "schemaVersion": 2, "value": 5 }""", 5)]
    public async Task ReadAsync_OlderVersion_IsMigratedStepByStepAndRewrittenOnlyOnTheNextSave(string stored, int value)
    {
        var store = CreateStore(CounterAtVersion3());
        var bytes = Encoding.UTF8.GetBytes(stored);
        await WriteRawAsync("counters/c", bytes);

        var read = await store.ReadAsync<Counter>("counters/c", Ct);

        Assert.Equal(new Counter(value, "migrated"), read!.Value);
        Assert.Equal(bytes, await ReadRawAsync("counters/c"));

        await store.UpdateAsync<Counter>("counters/c", c => c with { Value = c.Value + 1 }, Ct);
        var saved = JsonNode.Parse(await RawTextAsync("counters/c"))!.AsObject();
        Assert.Equal(3, saved[DocumentSerializer.VersionProperty]!.GetValue<int>());
        Assert.Equal(value + 1, saved["value"]!.GetValue<int>());
        Assert.False(saved.ContainsKey("count"));
        Assert.Equal(new Counter(value + 1, "migrated"), (await store.ReadAsync<Counter>("counters/c", Ct))!.Value);
    }

    [Fact]
    public async Task ReadAsync_VersionNewerThanTheBotKnows_IsRefusedAndNeverOverwritten()
    {
        var bytes = Encoding.UTF8.GetBytes("""{ "schemaVersion": 2, "value": 1, "addedLater": true }""");
        await WriteRawAsync("counters/c", bytes);

        var error = await Assert.ThrowsAsync<CorruptDocumentException>(() => Store.ReadAsync<Counter>("counters/c", Ct));
        await Assert.ThrowsAsync<CorruptDocumentException>(() => Store.UpdateAsync<Counter>("counters/c", c => c with { Value = 2 }, Ct));
        await Assert.ThrowsAsync<CorruptDocumentException>(() => Store.UpsertAsync("counters/c", new Counter(3), Ct));

        Assert.Contains("schemaVersion 2 is newer than 1", error.Message, StringComparison.Ordinal);
        Assert.Equal(bytes, await ReadRawAsync("counters/c"));
    }

    // ---- Bad input ----

    [Fact]
    public async Task CreateAsync_DocumentOverTheSizeLimit_IsRefusedBeforeAnythingIsWritten()
    {
        var huge = new Counter(1, new string('x', DocumentSerializer.DefaultMaxDocumentBytes));

        var error = await Assert.ThrowsAsync<DocumentTooLargeException>(() => Store.CreateAsync("sessions/big", huge, Ct));

        Assert.Equal("sessions/big", error.Key);
        Assert.Equal(DocumentSerializer.DefaultMaxDocumentBytes, error.Limit);
        Assert.Contains("over the 1,048,576-byte limit", error.Message, StringComparison.Ordinal);
        Assert.Null(await ReadRawAsync("sessions/big"));
        Assert.Empty(await ListAsync(""));
    }

    [Fact]
    public async Task ReplaceAsync_DocumentOverTheSizeLimit_IsRefusedAndTheStoredOneStays()
    {
        var store = CreateStore(new DocumentSerializer(DocumentSchemas.Default, maxDocumentBytes: 200));
        var etag = await store.CreateAsync("sessions/s1", new Counter(1, "short"), Ct);
        var before = await ReadRawAsync("sessions/s1");

        await Assert.ThrowsAsync<DocumentTooLargeException>(() => store.ReplaceAsync("sessions/s1", new Counter(2, new string('x', 200)), etag, Ct));

        Assert.Equal(before, await ReadRawAsync("sessions/s1"));
    }

    public static TheoryData<string> InvalidKeys() => ["../x", "a//b", "a b", "", "/a", "a/", "..", "a\\b", "a.json", "29:1abc", new string('a', 161)];

    [Theory]
    [MemberData(nameof(InvalidKeys))]
    public async Task EveryOperation_InvalidKey_IsRefusedWithArgumentExceptionAndWritesNothing(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ReadAsync<Counter>(key, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.CreateAsync(key, new Counter(1), Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ReplaceAsync(key, new Counter(1), "\"ABC\"", Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.DeleteAsync(key, etag: null, Ct));

        Assert.Empty(await ListAsync(""));
    }

    // ---- The update loop (DocumentUpdates) over the store ----

    [Fact]
    public async Task UpdateAsync_Existing_AppliesAndSaves()
    {
        await Store.CreateAsync("counters/c", new Counter(1), Ct);

        var saved = await Store.UpdateAsync<Counter>("counters/c", c => c with { Value = c.Value + 1 }, Ct);

        Assert.Equal(new Counter(2), saved.Value);
        Assert.Equal(saved, await Store.ReadAsync<Counter>("counters/c", Ct));
    }

    [Fact]
    public async Task UpdateAsync_NoChange_DoesNotWrite()
    {
        var etag = await Store.CreateAsync("counters/c", new Counter(1), Ct);

        var saved = await Store.UpdateAsync<Counter>("counters/c", c => c with { }, Ct);

        Assert.Equal(etag, saved.ETag);
        Assert.Equal(etag, (await Store.ReadAsync<Counter>("counters/c", Ct))!.ETag);
    }

    [Fact]
    public async Task UpdateAsync_Missing_ThrowsNotFound()
    {
        var error = await Assert.ThrowsAsync<DocumentNotFoundException>(() => Store.UpdateAsync<Counter>("counters/c", c => c, Ct));

        Assert.Equal("counters/c", error.Key);
    }

    [Fact]
    public async Task UpsertAsync_MissingThenExisting_CreatesThenReplaces()
    {
        await Store.UpsertAsync("counters/c", new Counter(1), Ct);
        Assert.Equal(new Counter(1), (await Store.ReadAsync<Counter>("counters/c", Ct))!.Value);

        await Store.UpsertAsync("counters/c", new Counter(5), Ct);
        Assert.Equal(new Counter(5), (await Store.ReadAsync<Counter>("counters/c", Ct))!.Value);
    }

    [Fact]
    public async Task UpdateAsync_FiftyParallelIncrementsFromTwoStoreInstances_LoseNothingAndDuplicateNothing()
    {
        const int Increments = 50;
        var hostA = CreateStore();
        var hostB = CreateStore();
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
