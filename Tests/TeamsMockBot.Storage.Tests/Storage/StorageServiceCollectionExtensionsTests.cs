using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TeamsMockBot.Application.Persistence;
using TeamsMockBot.Storage;
using TeamsMockBot.Storage.Tests.Infrastructure;
using TeamsMockBot.Testing;

namespace TeamsMockBot.Storage.Tests.Storage;

public sealed class StorageServiceCollectionExtensionsTests
{
    private static ServiceProvider Services(params (string Key, string Value)[] settings) => Services(TimeProvider.System, settings);

    private static ServiceProvider Services(TimeProvider time, params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(time);
        services.AddDocumentStore(Path.GetTempPath());
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddDocumentStore_NothingConfigured_IsTheFolderUnderTheContentRoot()
    {
        using var services = Services();

        var store = Assert.IsType<FileDocumentStore>(services.GetRequiredService<IDocumentStore>());

        Assert.Equal(Path.GetFullPath(Path.Combine(Path.GetTempPath(), ".data")), store.Root);
    }

    [Fact]
    public void AddDocumentStore_ConnectionString_IsTheBlobStoreOnTheConfiguredContainer()
    {
        using var services = Services(("Storage:BlobConnectionString", "UseDevelopmentStorage=true"), ("Storage:Container", "tenant-a"));

        var store = Assert.IsType<BlobDocumentStore>(services.GetRequiredService<IDocumentStore>());

        Assert.Equal("tenant-a", store.Container.Name);
    }

    [Fact]
    public void AddDocumentStore_ServiceUri_IsTheBlobStoreSignedInWithAnAzureCredential()
    {
        using var services = Services(("Storage:BlobServiceUri", "https://acct.blob.core.windows.net/"), ("Storage:ManagedIdentityClientId", "11111111-2222-3333-4444-555555555555"));

        var store = Assert.IsType<BlobDocumentStore>(services.GetRequiredService<IDocumentStore>());

        Assert.Equal(new Uri("https://acct.blob.core.windows.net/teamsmockbot"), store.Container.Uri);
        Assert.False(store.Container.CanGenerateSasUri);
    }

    [Fact]
    public void AddDocumentStore_BadSettings_FailWithEveryProblemNamed()
    {
        using var services = Services(
            ("Storage:BlobConnectionString", "nonsense"), ("Storage:BlobServiceUri", "https://acct.blob.core.windows.net/"), ("Storage:BlobMaxRetries", "99"));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IDocumentStore>());

        Assert.Contains("not both", error.Message, StringComparison.Ordinal);
        Assert.Contains("not a storage connection string", error.Message, StringComparison.Ordinal);
        Assert.Contains("BlobMaxRetries", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddDocumentStore_ConflictRetry_WaitsOnTheAppsClock()
    {
        var time = new ObservedTimeProvider();
        using var services = Services(time);
        var store = new RefusingStore { Refusals = 1 };

        var update = store.UpdateAsync<int>("c", v => v + 1, services.GetRequiredService<StoreConflictRetry>(), CancellationToken.None);
        await time.WaitForTimersAsync(1);
        time.Advance(StoreConflictRetry.FirstDelay);
        await update.WaitAsync(ObservedTimeProvider.Patience);

        Assert.Equal(2, store.Replaces);
    }
}
