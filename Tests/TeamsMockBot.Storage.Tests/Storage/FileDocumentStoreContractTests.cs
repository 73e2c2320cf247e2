using TeamsMockBot.Application.Persistence;
using TeamsMockBot.Storage;

namespace TeamsMockBot.Storage.Tests.Storage;

/// <summary>The storage contract, on the local-folder store in a fresh temp folder per test.</summary>
public sealed class FileDocumentStoreContractTests : DocumentStoreContractTests
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "teamsmockbot-store-" + Guid.NewGuid().ToString("N"));

    protected override IDocumentStore CreateStore(DocumentSerializer? serializer = null) => new FileDocumentStore(_root, serializer);

    protected override async Task WriteRawAsync(string key, byte[] bytes)
    {
        var path = FileOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes, Ct);
    }

    protected override async Task<byte[]?> ReadRawAsync(string key) =>
        File.Exists(FileOf(key)) ? await File.ReadAllBytesAsync(FileOf(key), Ct) : null;

    public override Task DisposeAsync()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }

        return Task.CompletedTask;
    }

    private string FileOf(string key) => Path.Combine(_root, key.Replace('/', Path.DirectorySeparatorChar) + ".json");
}
