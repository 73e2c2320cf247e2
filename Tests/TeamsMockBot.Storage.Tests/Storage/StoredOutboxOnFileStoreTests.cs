using TeamsMockBot.Storage;

namespace TeamsMockBot.Storage.Tests.Storage;

/// <summary>The outbox on the local-folder store, in a fresh temp folder per test.</summary>
public sealed class StoredOutboxOnFileStoreTests : StoredOutboxTests
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "teamsmockbot-outbox-" + Guid.NewGuid().ToString("N"));

    protected override IDocumentStore CreateStore() => new FileDocumentStore(_root);

    protected override async Task<string?> ReadRawAsync(string key)
    {
        var path = Path.Combine(_root, key.Replace('/', Path.DirectorySeparatorChar) + ".json");
        return File.Exists(path) ? await File.ReadAllTextAsync(path, Ct) : null;
    }

    public override Task DisposeAsync()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }

        return Task.CompletedTask;
    }
}
