using Microsoft.Extensions.Time.Testing;
using TeamsMockBot.Application.Persistence;
using TeamsMockBot.Storage;

namespace TeamsMockBot.Storage.Tests.Storage;

/// <summary>
/// What is particular to the local-folder store: its files, temp files and lock files. The behaviour
/// every store shares is in <see cref="FileDocumentStoreContractTests"/>.
/// </summary>
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

    [Fact]
    public async Task CreateAsync_Key_IsAJsonFileInTheFolderTheKeyNames()
    {
        await _store.CreateAsync("students/x/history", new Counter(7), Ct);

        Assert.True(File.Exists(FileOf("students/x/history")));
        Assert.Equal(Path.GetFullPath(_root), _store.Root);
    }

    [Fact]
    public async Task ReadAsync_Missing_CreatesNoFolder()
    {
        Assert.Null(await _store.ReadAsync<Counter>("sessions/nope", Ct));

        Assert.False(Directory.Exists(_root));
    }

    [Fact]
    public async Task ListKeysAsync_TempLockAndForeignFiles_AreIgnored()
    {
        foreach (var key in new[] { "sessions/a", "sessions/b" })
        {
            await _store.CreateAsync(key, new Counter(1), Ct);
        }

        // A replace and a delete leave lock files behind; add a stray temp file and foreign files too.
        var etag = (await _store.ReadAsync<Counter>("sessions/a", Ct))!.ETag;
        await _store.ReplaceAsync("sessions/a", new Counter(2), etag, Ct);
        await _store.DeleteAsync("sessions/gone", etag: null, Ct);
        var folder = Path.Combine(_root, "sessions");
        await File.WriteAllTextAsync(Path.Combine(folder, "c.json." + Guid.NewGuid().ToString("N") + ".tmp"), "{}", Ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "d.json.lock"), "", Ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "not a key.json"), "{}", Ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "notes.txt"), "hello", Ct);
        Assert.True(File.Exists(FileOf("sessions/a") + ".lock"));

        Assert.Equal(["sessions/a", "sessions/b"], await ListAsync("sessions/"));
        Assert.Equal(2, (await ListAsync("")).Count);
    }

    [Fact]
    public async Task UpdateAsync_NoChange_LeavesTheFileUntouched()
    {
        await _store.CreateAsync("counters/c", new Counter(1), Ct);
        var before = File.GetLastWriteTimeUtc(FileOf("counters/c"));

        await _store.UpdateAsync<Counter>("counters/c", c => c with { }, Ct);

        Assert.Equal(before, File.GetLastWriteTimeUtc(FileOf("counters/c")));
    }

    [Fact]
    public async Task ReplaceAsync_Success_LeavesNoTempFileBehind()
    {
        var etag = await _store.CreateAsync("sessions/s1", new Counter(1), Ct);

        await _store.ReplaceAsync("sessions/s1", new Counter(2), etag, Ct);

        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_root, "sessions"), "*.tmp"));
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("..")]
    [InlineData("a/../../x")]
    public async Task CreateAsync_KeyClimbingOutOfTheFolder_WritesNothingAnywhere(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _store.CreateAsync(key, new Counter(1), Ct));

        Assert.False(Directory.Exists(_root));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(_root)!, "x.json")));
    }

    [Fact]
    public async Task CreateAsync_LockHeldPastTheTimeout_FailsOnTheInjectedClock()
    {
        var time = new FakeTimeProvider();
        var store = new FileDocumentStore(_root, timeProvider: time);
        using var held = HoldLock("sessions/a");

        var create = store.CreateAsync("sessions/a", new Counter(1), Ct);
        Assert.False(create.IsCompleted);
        time.Advance(FileDocumentStore.LockTimeout);

        await Assert.ThrowsAnyAsync<IOException>(() => create);
        Assert.False(File.Exists(FileOf("sessions/a")));
    }

    [Fact]
    public async Task CreateAsync_LockReleasedWhileWaiting_WritesOnTheNextTry()
    {
        var time = new FakeTimeProvider();
        var store = new FileDocumentStore(_root, timeProvider: time);
        var held = HoldLock("sessions/a");

        var create = store.CreateAsync("sessions/a", new Counter(1), Ct);
        await held.DisposeAsync();
        time.Advance(TimeSpan.FromMilliseconds(5));
        await create;

        Assert.Equal(1, (await store.ReadAsync<Counter>("sessions/a", Ct))!.Value.Value);
    }

    /// <summary>What another writer holds while it writes the document.</summary>
    private FileStream HoldLock(string key)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FileOf(key))!);
        return new FileStream(FileOf(key) + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
    }
}
