using System.Net;
using System.Net.Sockets;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using TeamsMockBot.Application.Persistence;
using TeamsMockBot.Storage;
using TeamsMockBot.Storage.Tests.Infrastructure;
using TeamsMockBot.Testing;

namespace TeamsMockBot.Storage.Tests.Storage;

/// <summary>
/// What is particular to the blob store: blob names and headers, the container, foreign blobs, and
/// how retries and outages look. The shared behaviour is in <see cref="BlobDocumentStoreContractTests"/>.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class BlobDocumentStoreTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly StorageOptions _options = new()
    {
        BlobConnectionString = azurite.Server.ConnectionString,
        Container = "blob-" + Guid.NewGuid().ToString("N"),
    };

    private static CancellationToken Ct => CancellationToken.None;

    private BlobContainerClient Raw => new BlobServiceClient(_options.BlobConnectionString).GetBlobContainerClient(_options.Container);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Raw.DeleteIfExistsAsync(cancellationToken: Ct);

    private async Task<BlobDocumentStore> StoreAsync(HttpPipelinePolicy? policy = null)
    {
        var clientOptions = BlobContainers.ClientOptions(_options);
        if (policy is not null)
        {
            clientOptions.AddPolicy(policy, HttpPipelinePosition.PerRetry);
        }

        var store = new BlobDocumentStore(new BlobServiceClient(_options.BlobConnectionString, clientOptions).GetBlobContainerClient(_options.Container));
        await store.InitializeAsync(Ct);
        return store;
    }

    [Fact]
    public async Task InitializeAsync_MissingContainer_CreatesItAndRunsAgainHarmlessly()
    {
        Assert.False(await Raw.ExistsAsync(Ct));

        var store = await StoreAsync();
        await store.InitializeAsync(Ct);

        Assert.True(await Raw.ExistsAsync(Ct));
    }

    [Fact]
    public async Task CreateAsync_Document_IsTheKeyDotJsonWithJsonContentType()
    {
        var store = await StoreAsync();

        await store.CreateAsync("students/b64-Mjk6MWFiYw/history", new Counter(1), Ct);

        var blob = Assert.Single(await ToListAsync(Raw.GetBlobsAsync(cancellationToken: Ct)));
        Assert.Equal("students/b64-Mjk6MWFiYw/history.json", blob.Name);
        var properties = (await Raw.GetBlobClient(blob.Name).GetPropertiesAsync(cancellationToken: Ct)).Value;
        Assert.Equal("application/json", properties.ContentType);
    }

    [Fact]
    public async Task ListKeysAsync_BlobsThatAreNotDocuments_AreIgnored()
    {
        var store = await StoreAsync();
        await store.CreateAsync("sessions/a", new Counter(1), Ct);
        foreach (var name in new[] { "sessions/notes.txt", "sessions/not a key.json", "sessions/b.json.bak", "sessions/c..json", "sessions/d/.json" })
        {
            await Raw.GetBlobClient(name).UploadAsync(BinaryData.FromString("{}"), Ct);
        }

        Assert.Equal(["sessions/a"], await ToListAsync(store.ListKeysAsync("sessions/", Ct)));
    }

    [Fact]
    public async Task ReplaceAsync_AnswerLostAfterTheWriteLanded_IsNotReportedAsAConflictNorAppliedTwice()
    {
        var lose = new LoseFirstResponse(RequestMethod.Put);
        var store = await StoreAsync();
        await store.CreateAsync("counters/c", new Counter(1), Ct);
        var flaky = await StoreAsync(lose);

        // The SDK resends the PUT with the same If-Match; the service answers 412 because the first one landed.
        var saved = await flaky.UpdateAsync<Counter>("counters/c", c => c with { Value = c.Value + 1 }, Ct);

        Assert.Equal(1, lose.Lost);
        Assert.Equal(new Counter(2), saved.Value);
        Assert.Equal(new StoredDocument<Counter>(new Counter(2), saved.ETag), await store.ReadAsync<Counter>("counters/c", Ct));
    }

    [Fact]
    public async Task ReplaceAsync_StaleETag_IsOneRequestWithNoFollowUpCheck()
    {
        var store = await StoreAsync();
        var stale = await store.CreateAsync("counters/c", new Counter(1), Ct);
        await store.ReplaceAsync("counters/c", new Counter(2), stale, Ct);
        var log = new RequestLog();
        var logged = await StoreAsync(log);
        var before = log.Methods.Count;

        await Assert.ThrowsAsync<DocumentConflictException>(() => logged.ReplaceAsync("counters/c", new Counter(3), stale, Ct));

        Assert.Equal([RequestMethod.Put], log.Methods.Skip(before));
    }

    [Fact]
    public async Task CreateAsync_AnswerLostAfterTheWriteLanded_ReturnsTheETagOfOurOwnWrite()
    {
        var lose = new LoseFirstResponse(RequestMethod.Put);
        await StoreAsync();
        var flaky = await StoreAsync(lose);

        var etag = await flaky.CreateAsync("sessions/s1", new Counter(1), Ct);

        Assert.Equal(1, lose.Lost);
        Assert.Equal(etag, (await flaky.ReadAsync<Counter>("sessions/s1", Ct))!.ETag);
    }

    [Fact]
    public async Task ReadAsync_TransientFailure_IsRetriedByTheSdk()
    {
        var lose = new LoseFirstResponse(RequestMethod.Get, beforeSending: true);
        await (await StoreAsync()).CreateAsync("sessions/s1", new Counter(4), Ct);
        var flaky = await StoreAsync(lose);

        Assert.Equal(new Counter(4), (await flaky.ReadAsync<Counter>("sessions/s1", Ct))!.Value);
        Assert.Equal(1, lose.Lost);
    }

    [Fact]
    public async Task EveryOperation_StorageUnreachable_ThrowsStorageUnavailableNamingTheDocument()
    {
        var closedPort = ClosedPort();
        var options = new StorageOptions
        {
            BlobConnectionString = azurite.Server.ConnectionString.Replace(azurite.Server.BlobEndpoint.Authority, $"127.0.0.1:{closedPort}", StringComparison.Ordinal),
            BlobMaxRetries = 1,
            BlobNetworkTimeout = TimeSpan.FromSeconds(2),
        };
        var store = new BlobDocumentStore(BlobContainers.Connect(options));

        var read = await Assert.ThrowsAsync<StorageUnavailableException>(() => store.ReadAsync<Counter>("sessions/s1", Ct));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.CreateAsync("sessions/s1", new Counter(1), Ct));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.ReplaceAsync("sessions/s1", new Counter(1), "\"x\"", Ct));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.DeleteAsync("sessions/s1", null, Ct));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => ToListAsync(store.ListKeysAsync("sessions/", Ct)));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.InitializeAsync(Ct));

        Assert.Equal("sessions/s1", read.Key);
        Assert.Contains("could not be reached", read.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(AzuriteServerKeyFragment, read.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_ContainerMissing_ThrowsStorageUnavailableNotNull()
    {
        var store = new BlobDocumentStore(BlobContainers.Connect(_options));

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => store.ReadAsync<Counter>("sessions/s1", Ct));

        Assert.Contains("ContainerNotFound", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ClientOptions_RetryPolicy_IsTheSdksExponentialBackoffFromOptions()
    {
        var options = BlobContainers.ClientOptions(new StorageOptions { BlobMaxRetries = 5, BlobNetworkTimeout = TimeSpan.FromSeconds(7) });

        Assert.Equal(RetryMode.Exponential, options.Retry.Mode);
        Assert.Equal(5, options.Retry.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(7), options.Retry.NetworkTimeout);
        Assert.True(options.Retry.MaxDelay > options.Retry.Delay);
    }

    private const string AzuriteServerKeyFragment = "Eby8vdM02x";

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
