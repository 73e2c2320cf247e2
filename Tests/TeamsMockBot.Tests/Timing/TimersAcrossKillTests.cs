using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Testing;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Timing;

/// <summary>
/// The built bot as a real process, killed with SIGKILL a moment after the interviewer pressed Start;
/// a new process on the same data (folder, or the same Azurite container and queue) must still
/// announce each milestone exactly once. Real time runs here, so each question is 8 seconds
/// (halfway at 4 s, time up at 8 s) and every wait is bounded.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed partial class TimersAcrossKillTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string CardId = "msg-kill-card";
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(30);

    private readonly string _name = "kill-" + Guid.NewGuid().ToString("N");
    private RestartableBot _bot = null!;

    private FakeBotConnector Teams => _bot.Teams;

    public async Task InitializeAsync() => _bot = await RestartableBot.CreateAsync("kill");

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("folder")]
    [InlineData("azurite")]
    public async Task KilledRightAfterStart_RestartedBot_AnnouncesEachMilestoneOnce(string store)
    {
        var first = await StartBotAsync(store, "1");
        var created = await first.InvokeAsync(Invoke(Mentor, CardVerbs.CreateSession, new JsonObject
        {
            [CardInputs.Candidate] = Student.Id,
            [CardInputs.Track] = nameof(Track.Behavioral),
            [CardInputs.Format] = nameof(InterviewFormat.MentorLed),
            [CardInputs.QuestionCount] = "1",
        }, CardId));
        var sessionId = CardJson.Data(created, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>();
        await first.InvokeAsync(Invoke(Mentor, CardVerbs.Start, new JsonObject { [CardInputs.SessionId] = sessionId }, CardId));
        var updatesBefore = CardUpdates();

        await first.KillAsync();
        var second = await StartBotAsync(store, "2");
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!Announced().Contains("TimeUp"))
        {
            Assert.True(waited.Elapsed < Bounded, $"time up was not announced within {Bounded.TotalSeconds} s (logs: {first.LogPath}, {second.LogPath})");
            await Task.Delay(100);
        }

        await Task.Delay(TimeSpan.FromSeconds(2)); // a little longer: nothing else may go out

        var announced = Announced();
        Assert.Single(announced, m => m == "TimeUp");
        Assert.True(announced.Count(m => m == "Halfway") <= 1, string.Join(", ", announced)); // may be skipped if the restart took longer than 4 s
        Assert.Equal(updatesBefore + announced.Count, CardUpdates());
    }

    private int CardUpdates() => Teams.Calls.Count(c => c.Method == "PUT" && c.Path.EndsWith("/activities/" + CardId, StringComparison.Ordinal) && c.Accepted);

    /// <summary>The milestones announced, from every process's log, in order.</summary>
    private List<string> Announced() =>
        [.. _bot.Processes.SelectMany(b => ReadLog(b.LogPath)).SelectMany(line => AnnouncedLine().Matches(line).Select(m => m.Groups["milestone"].Value))];

    private static IEnumerable<string> ReadLog(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n');
    }

    private Task<BotProcess> StartBotAsync(string store, string name)
    {
        var settings = new Dictionary<string, string>
        {
            ["Timers__QuestionTime"] = "00:00:08",
            ["Timers__PollInterval"] = "00:00:00.200",
            ["Delivery__SweepInterval"] = "00:00:01",
            ["Delivery__ClaimLease"] = "00:00:05",
            ["Teams__RetryDelay"] = "00:00:00",
            ["Teams__MaxRetryDelay"] = "00:00:00",
            ["Teams__MaxThrottleWait"] = "00:00:00", // the short lease above must outlast every wait of a send
            ["Privacy__RetentionSweepEnabled"] = "false",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
            ["Logging__LogLevel__System.Net.Http"] = "Warning",
        };
        if (store == "azurite")
        {
            settings["Storage__BlobConnectionString"] = azurite.Server.ConnectionString;
            settings["Storage__Container"] = _name;
            settings["Storage__Queue"] = _name;
        }

        return _bot.StartAsync($"{nameof(TimersAcrossKillTests)}.{store}-{name}", settings);
    }

    [GeneratedRegex(@"question 1: announced (?<milestone>\w+)")]
    private static partial Regex AnnouncedLine();
}
