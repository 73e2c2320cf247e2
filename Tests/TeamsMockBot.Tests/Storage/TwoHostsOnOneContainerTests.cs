using System.Globalization;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Storage;
using TeamsMockBot.Testing;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Storage;

/// <summary>
/// Two bot instances on one blob container (a real Azurite), as when App Service runs two: a burst
/// of card clicks on one session, split between them, must all land exactly once. Checked by
/// reading the blob itself, not through either host.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class TwoHostsOnOneContainerTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string SetupMessageId = "msg-setup-card";
    private const int Notes = 40;
    private const int ExtraMinutes = 20;

    private readonly string _container = "hosts-" + Guid.NewGuid().ToString("N");
    private BotHost _hostA = null!;
    private BotHost _hostB = null!;

    public Task InitializeAsync()
    {
        var settings = new Dictionary<string, string>
        {
            ["Storage:BlobConnectionString"] = azurite.Server.ConnectionString,
            ["Storage:Container"] = _container,
        };
        _hostA = new BotHost(settings: settings);
        _hostB = new BotHost(settings: settings);
        foreach (var host in new[] { _hostA, _hostB })
        {
            host.Teams.Roster.Add(Mentor);
            host.Teams.Roster.Add(Student);
        }

        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _hostA.DisposeAsync();
        await _hostB.DisposeAsync();
        await ContainerClient().DeleteIfExistsAsync();
        _hostA.DeleteData();
        _hostB.DeleteData();
    }

    [Fact]
    public async Task CardActions_SixtyAtOnceFromTwoHosts_EveryNoteAndMinuteIsStoredExactlyOnce()
    {
        Assert.IsType<BlobDocumentStore>(_hostA.Services.GetRequiredKeyedService<TeamsMockBot.Storage.IDocumentStore>(StorageServiceCollectionExtensions.SelectedStoreKey));
        var sessionId = await CreateSessionAsync(_hostA);
        await ClickAsync(_hostB, CardVerbs.Start, sessionId); // B sees what A created
        var before = await ReadSessionBlobAsync(sessionId);
        var extraBefore = ExtraOfFirstQuestion(before);

        // Every click waits at one gate, then all go at once: notes and +1 min, alternating hosts.
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var clicks = Enumerable.Range(0, Notes + ExtraMinutes).Select(i => Task.Run(async () =>
        {
            await go.Task;
            var host = i % 2 == 0 ? _hostA : _hostB;
            var isNote = i < Notes;
            var data = new JsonObject { [CardInputs.SessionId] = sessionId, [CardInputs.QuestionNumber] = 1 };
            if (isNote)
            {
                data[CardInputs.Note] = NoteText(i);
            }

            var card = await host.InvokeAsync(Invoke(Mentor, isNote ? CardVerbs.SaveNote : CardVerbs.AddMinute, data, SetupMessageId));
            return (Index: i, IsNote: isNote, Refusal: IsNotice(card) ? CardJson.Text(card) : null);
        })).ToList();
        go.SetResult();
        var results = await Task.WhenAll(clicks);

        // Every click is answered with the interview card, none with "Busy right now".
        Assert.Empty(results.Where(r => r.Refusal is not null).Select(r => $"click {r.Index}: {r.Refusal}"));
        var acceptedNotes = results.Where(r => r.IsNote).Select(r => NoteText(r.Index));
        var acceptedMinutes = results.Count(r => !r.IsNote);

        var stored = await ReadSessionBlobAsync(sessionId);
        var storedNotes = stored["notes"]!.AsArray().Select(n => n!["text"]!.GetValue<string>());
        Assert.Equal(acceptedNotes.Order(StringComparer.Ordinal), storedNotes.Order(StringComparer.Ordinal)); // none lost, none twice
        Assert.Equal(extraBefore + TimeSpan.FromMinutes(acceptedMinutes), ExtraOfFirstQuestion(stored));
        Assert.Equal(1, stored[DocumentSerializer.VersionProperty]!.GetValue<int>());

        // One session document, and both hosts read the same thing.
        var sessionBlobs = new List<string>();
        await foreach (var blob in ContainerClient().GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions { Prefix = "sessions/" }))
        {
            sessionBlobs.Add(blob.Name);
        }

        Assert.Equal([DocumentKeys.Session(sessionId) + ".json"], sessionBlobs);
        Assert.Equal(Notes, (await _hostA.SessionAsync(sessionId))!.Notes.Count);
        Assert.Equal(Notes, (await _hostB.SessionAsync(sessionId))!.Notes.Count);
    }

    private static string NoteText(int i) => $"note {i:D2}: structured answer, clear result";

    private static bool IsNotice(JsonNode card) =>
        !CardJson.Verbs(card).Contains(CardVerbs.SaveNote) && !CardJson.Verbs(card).Contains(CardVerbs.AddMinute);

    private static TimeSpan ExtraOfFirstQuestion(JsonNode session) =>
        session["questions"]![0]!["timer"]!["extra"] is { } extra ? TimeSpan.Parse(extra.GetValue<string>(), CultureInfo.InvariantCulture) : TimeSpan.Zero;

    private BlobContainerClient ContainerClient() => new BlobServiceClient(azurite.Server.ConnectionString).GetBlobContainerClient(_container);

    private async Task<JsonNode> ReadSessionBlobAsync(string sessionId)
    {
        var content = (await ContainerClient().GetBlobClient(DocumentKeys.Session(sessionId) + ".json").DownloadContentAsync()).Value.Content;
        return JsonNode.Parse(content.ToString())!;
    }

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
        var card = await host.InvokeAsync(Invoke(Mentor, CardVerbs.CreateSession, data, SetupMessageId));
        return CardJson.Data(card, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>();
    }

    private static Task<JsonNode> ClickAsync(BotHost host, string verb, string sessionId) =>
        host.InvokeAsync(Invoke(Mentor, verb, new JsonObject { [CardInputs.SessionId] = sessionId }, SetupMessageId));
}
