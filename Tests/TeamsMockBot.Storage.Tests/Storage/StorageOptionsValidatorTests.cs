using TeamsMockBot.Storage;

namespace TeamsMockBot.Storage.Tests.Storage;

public sealed class StorageOptionsValidatorTests
{
    private const string Azurite = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;";

    private static IReadOnlyList<string> Failures(StorageOptions options) =>
        new StorageOptionsValidator().Validate(null, options).Failures?.ToList() ?? [];

    [Fact]
    public void Validate_NothingConfigured_IsTheLocalFolderAndValid()
    {
        var options = new StorageOptions();

        Assert.Empty(Failures(options));
        Assert.False(options.UsesBlobStorage);
        Assert.Equal("teamsmockbot", options.Container);
    }

    [Theory]
    [InlineData(Azurite, null)]
    [InlineData("UseDevelopmentStorage=true", null)]
    [InlineData(null, "https://acct.blob.core.windows.net/")]
    [InlineData(null, "http://127.0.0.1:10000/devstoreaccount1")]
    public void Validate_OneBlobSetting_IsValidAndSelectsBlobStorage(string? connectionString, string? serviceUri)
    {
        var blobUri = serviceUri is null ? null : new Uri(serviceUri);
        var options = new StorageOptions
        {
            BlobConnectionString = connectionString,
            BlobServiceUri = blobUri,
            // A loopback endpoint has no ".blob." to turn into ".queue.": its timer queue endpoint is named.
            QueueServiceUri = blobUri is { IsLoopback: true } ? new Uri("http://127.0.0.1:10001/devstoreaccount1") : null,
        };

        Assert.Empty(Failures(options));
        Assert.True(options.UsesBlobStorage);
    }

    [Fact]
    public void QueueServiceUri_NotSet_IsDerivedFromTheBlobServiceUri()
    {
        var options = new StorageOptions { BlobServiceUri = new Uri("https://acct.blob.core.windows.net/") };

        Assert.Equal(new Uri("https://acct.queue.core.windows.net/"), TimerQueues.QueueServiceUri(options));
    }

    [Fact]
    public void Validate_ServiceUriWithoutBlobInItsHostAndNoQueueUri_IsRefusedNamingTheQueueSetting()
    {
        var failure = Assert.Single(Failures(new StorageOptions { BlobServiceUri = new Uri("http://127.0.0.1:10000/devstoreaccount1") }));

        Assert.Contains("Set Storage:QueueServiceUri", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Timers")]
    [InlineData("a")]
    [InlineData("two--hyphens")]
    public void Validate_InvalidQueueName_IsRefused(string queue)
    {
        var failure = Assert.Single(Failures(new StorageOptions { BlobConnectionString = Azurite, Queue = queue }));

        Assert.Contains("Storage:Queue", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_QueueServiceUriWithAConnectionString_IsRefused()
    {
        var failure = Assert.Single(Failures(new StorageOptions { BlobConnectionString = Azurite, QueueServiceUri = new Uri("https://acct.queue.core.windows.net/") }));

        Assert.Contains("Storage:QueueServiceUri is used only with Storage:BlobServiceUri", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BothBlobSettings_IsRefused()
    {
        var failure = Assert.Single(Failures(new StorageOptions { BlobConnectionString = Azurite, BlobServiceUri = new Uri("https://acct.blob.core.windows.net/") }));

        Assert.Contains("either Storage:BlobConnectionString or Storage:BlobServiceUri", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ConnectionStringThatIsNotOne_IsRefusedWithoutEchoingIt()
    {
        var failure = Assert.Single(Failures(new StorageOptions { BlobConnectionString = "secret-looking-garbage" }));

        Assert.Contains("Storage:BlobConnectionString is not a storage connection string", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-looking-garbage", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("acct.blob.core.windows.net")]
    [InlineData("http://acct.blob.core.windows.net/")]
    [InlineData("ftp://acct/")]
    public void Validate_ServiceUriNotAbsoluteHttps_IsRefused(string uri)
    {
        var failure = Assert.Single(Failures(new StorageOptions { BlobServiceUri = new Uri(uri, UriKind.RelativeOrAbsolute) }));

        Assert.Contains("Storage:BlobServiceUri", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ManagedIdentityWithoutServiceUri_IsRefused()
    {
        var failure = Assert.Single(Failures(new StorageOptions { BlobConnectionString = Azurite, ManagedIdentityClientId = "0000" }));

        Assert.Contains("Storage:ManagedIdentityClientId", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("Bad")]
    [InlineData("a--b")]
    [InlineData("-ab")]
    [InlineData("ab-")]
    [InlineData("a_b")]
    [InlineData("")]
    public void Validate_InvalidContainerName_IsRefused(string container)
    {
        var failure = Assert.Single(Failures(new StorageOptions { BlobConnectionString = Azurite, Container = container }));

        Assert.Contains("Storage:Container", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("teamsmockbot")]
    [InlineData("tenant-42-docs")]
    public void Validate_ValidContainerName_IsAccepted(string container)
    {
        Assert.Empty(Failures(new StorageOptions { BlobConnectionString = Azurite, Container = container }));
    }
}
