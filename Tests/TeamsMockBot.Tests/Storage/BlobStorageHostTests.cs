using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeamsMockBot.Application.Persistence;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Storage;
using TeamsMockBot.Testing;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Storage;

/// <summary>The host on blob storage: selected by configuration, checked at start, and honest when storage fails.</summary>
[Collection(SharedAzurite.Name)]
public sealed class BlobStorageHostTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly string _container = "host-" + Guid.NewGuid().ToString("N");

    private BlobContainerClient Container => new BlobServiceClient(azurite.Server.ConnectionString).GetBlobContainerClient(_container);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Container.DeleteIfExistsAsync();

    [Fact]
    public async Task Start_BlobConnectionString_CreatesTheContainerAndStoresSessionsAsJsonBlobs()
    {
        await using var host = new BotHost(settings: Settings());
        host.Teams.Roster.Add(Mentor);
        host.Teams.Roster.Add(Student);

        Assert.IsType<BlobDocumentStore>(host.Services.GetRequiredKeyedService<IDocumentStore>(StorageServiceCollectionExtensions.SelectedStoreKey));
        Assert.True(await Container.ExistsAsync());
        Assert.Contains(host.Logs.GetSnapshot(), r => r.Message.Contains($"JSON blobs in container {_container}", StringComparison.Ordinal));

        var sessionId = await CreateSessionAsync(host);

        var blob = Container.GetBlobClient(DocumentKeys.Session(sessionId) + ".json");
        Assert.Equal("application/json", (await blob.GetPropertiesAsync()).Value.ContentType);
        Assert.False(Directory.Exists(host.DataPath));
        host.DeleteData();
    }

    [Theory]
    [InlineData("Storage:BlobConnectionString", "nonsense", "Storage:BlobConnectionString is not a storage connection string")]
    [InlineData("Storage:BlobServiceUri", "http://example.com/", "Storage:BlobServiceUri")]
    [InlineData("Storage:Container", "Not_Valid", "Storage:Container")]
    public async Task Start_BadStorageSetting_FailsNamingTheSetting(string key, string value, string expected)
    {
        var settings = Settings();
        settings[key] = value;
        var error = await BotHost.StartFailureAsync(settings);

        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(AzuriteServer.AccountKey, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CardAction_StorageGone_AnswersCouldNotSaveAndLogsTheSession()
    {
        await using var host = new BotHost(settings: Settings());
        host.Teams.Roster.Add(Mentor);
        host.Teams.Roster.Add(Student);
        var sessionId = await CreateSessionAsync(host);
        await Container.DeleteAsync();

        var card = await host.InvokeAsync(Invoke(Mentor, CardVerbs.Start, new JsonObject { [CardInputs.SessionId] = sessionId }, "msg-setup-card"));

        Assert.Contains("Couldn't save that", CardJson.Text(card), StringComparison.Ordinal);
        Assert.Contains(host.Logs.GetSnapshot(), r => r.Level >= LogLevel.Warning
            && r.Exception is StorageUnavailableException
            && r.Message.Contains(sessionId, StringComparison.Ordinal));
        host.DeleteData();
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["Storage:BlobConnectionString"] = azurite.Server.ConnectionString,
        ["Storage:Container"] = _container,
    };

    private static async Task<string> CreateSessionAsync(BotHost host)
    {
        var data = new JsonObject
        {
            [CardInputs.Candidate] = Student.Id,
            [CardInputs.Track] = nameof(Track.Behavioral),
            [CardInputs.Focus] = "leadership",
            [CardInputs.Format] = nameof(InterviewFormat.MentorLed),
            [CardInputs.Length] = "60",
            [CardInputs.QuestionCount] = "2",
        };
        var card = await host.InvokeAsync(Invoke(Mentor, CardVerbs.CreateSession, data, "msg-setup-card"));
        return CardJson.Data(card, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>();
    }
}
