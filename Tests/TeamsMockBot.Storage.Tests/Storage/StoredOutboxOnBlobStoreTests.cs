using Azure;
using Azure.Storage.Blobs;
using TeamsMockBot.Storage;
using TeamsMockBot.Testing;

namespace TeamsMockBot.Storage.Tests.Storage;

/// <summary>
/// The outbox on the blob store against a real Azurite: a fresh container per test, and every store
/// instance with its own client, like separate bot hosts.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class StoredOutboxOnBlobStoreTests(AzuriteFixture azurite) : StoredOutboxTests
{
    private readonly StorageOptions _options = new()
    {
        BlobConnectionString = azurite.Server.ConnectionString,
        Container = "outbox-" + Guid.NewGuid().ToString("N"),
    };

    private BlobContainerClient Raw => new BlobServiceClient(_options.BlobConnectionString).GetBlobContainerClient(_options.Container);

    protected override IDocumentStore CreateStore() => new BlobDocumentStore(BlobContainers.Connect(_options));

    public override Task InitializeAsync() => new BlobDocumentStore(BlobContainers.Connect(_options)).InitializeAsync(Ct);

    public override async Task DisposeAsync() => await Raw.DeleteIfExistsAsync(cancellationToken: Ct);

    protected override async Task<string?> ReadRawAsync(string key)
    {
        try
        {
            return (await Raw.GetBlobClient(key + ".json").DownloadContentAsync(Ct)).Value.Content.ToString();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}
