using Azure;
using Azure.Storage.Blobs;
using TeamsMockBot.Application.Persistence;
using TeamsMockBot.Storage;
using TeamsMockBot.Testing;

namespace TeamsMockBot.Storage.Tests.Storage;

/// <summary>
/// The storage contract, on the blob store against a real Azurite: a fresh container per test, and
/// every store instance with its own client (its own connection pool), like separate bot hosts.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class BlobDocumentStoreContractTests(AzuriteFixture azurite) : DocumentStoreContractTests
{
    private readonly StorageOptions _options = new()
    {
        BlobConnectionString = azurite.Server.ConnectionString,
        Container = "contract-" + Guid.NewGuid().ToString("N"),
    };

    private BlobContainerClient Raw => new BlobServiceClient(_options.BlobConnectionString).GetBlobContainerClient(_options.Container);

    protected override IDocumentStore CreateStore(DocumentSerializer? serializer = null) =>
        new BlobDocumentStore(BlobContainers.Connect(_options), serializer);

    public override Task InitializeAsync() => new BlobDocumentStore(BlobContainers.Connect(_options)).InitializeAsync(Ct);

    public override async Task DisposeAsync() => await Raw.DeleteIfExistsAsync(cancellationToken: Ct);

    protected override async Task WriteRawAsync(string key, byte[] bytes) =>
        await Raw.GetBlobClient(key + ".json").UploadAsync(BinaryData.FromBytes(bytes), overwrite: true, Ct);

    protected override async Task<byte[]?> ReadRawAsync(string key)
    {
        try
        {
            return (await Raw.GetBlobClient(key + ".json").DownloadContentAsync(Ct)).Value.Content.ToArray();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}
