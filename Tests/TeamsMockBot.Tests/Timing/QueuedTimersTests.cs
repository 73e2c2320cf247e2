using System.Diagnostics;
using Azure.Storage.Blobs;
using System.Diagnostics.Metrics;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Domain.Timing;
using TeamsMockBot.Observability;
using TeamsMockBot.Storage;
using TeamsMockBot.Testing;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Timing;

/// <summary>
/// With Azure Storage (a real Azurite): two bot instances on one container and one timer queue, both
/// receiving. Each milestone is announced once — counted as card updates the Teams connector got from
/// either instance — even when the queue holds several copies of a timer (a repeated schedule, a
/// redelivery). The hosts share one fake clock; the queue's visibility delay is real time, so each
/// question is 4 seconds (<c>Timers:QuestionTime</c>): halfway at 2 s, time up at 4 s.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class QueuedTimersTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(20);

    private readonly string _name = "timers-" + Guid.NewGuid().ToString("N");
    private BotHost _hostA = null!;
    private BotHost _hostB = null!;
    private MetricCollector<long> _firedA = null!;
    private MetricCollector<long> _firedB = null!;

    public Task InitializeAsync()
    {
        var settings = TimerDriver.Settings(new Dictionary<string, string>
        {
            ["Storage:BlobConnectionString"] = azurite.Server.ConnectionString,
            ["Storage:Container"] = _name,
            ["Storage:Queue"] = _name,
            ["Timers:Enabled"] = "true",
            ["Timers:PollInterval"] = "00:00:00.100",
            ["Timers:QuestionTime"] = "00:00:04",
        });
        _hostA = new BotHost(settings: settings);
        _hostB = new BotHost(time: _hostA.Time, settings: settings);
        foreach (var host in new[] { _hostA, _hostB })
        {
            host.Teams.Roster.Add(Mentor);
            host.Teams.Roster.Add(Student);
        }

        _firedA = new MetricCollector<long>(_hostA.Services.GetRequiredService<IMeterFactory>(), Telemetry.Name, Telemetry.TimersFiredCounter);
        _firedB = new MetricCollector<long>(_hostB.Services.GetRequiredService<IMeterFactory>(), Telemetry.Name, Telemetry.TimersFiredCounter); // both receive from the start
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _firedA.Dispose();
        _firedB.Dispose();
        await _hostA.DisposeAsync();
        await _hostB.DisposeAsync();
        await new BlobContainerClient(azurite.Server.ConnectionString, _name).DeleteIfExistsAsync();
        await Queue().DeleteIfExistsAsync();
        _hostA.DeleteData();
        _hostB.DeleteData();
    }

    [Fact]
    public async Task TwoInstances_TimersQueuedSeveralTimes_EachMilestoneIsAnnouncedOnce()
    {
        var sessionId = await new TimerDriver(_hostA).StartAsync();
        var updates = CardUpdates();
        var halfway = (await EntryAsync(sessionId)).Due!;
        Assert.Equal(TimerMilestone.Halfway, halfway.Milestone);

        // Four more copies of the same timer, as repeated schedules or a redelivery would leave them.
        for (var i = 0; i < 4; i++)
        {
            await Queue().SendMessageAsync(new TimerMessage(sessionId, halfway).ToJson());
        }

        _hostA.Time.Advance(TimeSpan.FromSeconds(2));
        await WaitAsync(async () => Fired("Announced") == 1 && (await EntryAsync(sessionId)).Due!.Milestone == TimerMilestone.TimeUp, "halfway, and time up scheduled");
        var timeUp = (await EntryAsync(sessionId)).Due!;
        Assert.Equal(TimerMilestone.TimeUp, timeUp.Milestone);
        await Queue().SendMessageAsync(new TimerMessage(sessionId, timeUp).ToJson(), visibilityTimeout: TimeSpan.FromSeconds(1));

        _hostA.Time.Advance(TimeSpan.FromSeconds(2));
        await WaitAsync(() => Task.FromResult(Fired("Announced") == 2), "time up");
        await WaitAsync(() => Task.FromResult(Fired("Stale") >= 5), "every extra copy to be found stale");

        Assert.Equal(updates + 2, CardUpdates());
        Assert.Equal(2, Fired("Announced"));
    }

    [Fact]
    public async Task StaleMessage_SessionMovedOn_IsANoOp()
    {
        var mock = new TimerDriver(_hostA);
        var sessionId = await mock.StartAsync();
        var firstHalfway = (await EntryAsync(sessionId)).Due!;
        _hostA.Time.Advance(TimeSpan.FromSeconds(1));
        await mock.ClickAsync(CardVerbs.Next, sessionId, 1); // question 2's halfway is 3 s after the start
        var before = await _hostA.Store.ReadAsync<MockSession>(DocumentKeys.Session(sessionId), CancellationToken.None);
        var updates = CardUpdates();

        _hostA.Time.Advance(TimeSpan.FromSeconds(1)); // question 1's halfway is due, question 2's is not
        await Queue().SendMessageAsync(new TimerMessage(sessionId, firstHalfway).ToJson()); // and one more copy of it
        await WaitAsync(() => Task.FromResult(Fired("Stale") >= 2), "both messages of question 1 to be found stale");

        var after = await _hostA.Store.ReadAsync<MockSession>(DocumentKeys.Session(sessionId), CancellationToken.None);
        Assert.Equal(before!.ETag, after!.ETag);
        Assert.Equal(updates, CardUpdates());
        Assert.Equal(0, Fired("Announced"));
    }

    [Fact]
    public async Task PauseThenResumeOnTheOtherInstance_OnlyTheResumedTimerFires()
    {
        var sessionId = await new TimerDriver(_hostA).StartAsync();
        _hostA.Time.Advance(TimeSpan.FromSeconds(1));
        await new TimerDriver(_hostA).ClickAsync(CardVerbs.Pause, sessionId, 1);
        var updates = CardUpdates();

        _hostA.Time.Advance(TimeSpan.FromSeconds(2)); // the old halfway passes while paused
        await WaitAsync(() => Task.FromResult(Fired("Stale") >= 1), "the paused question's timer to be found stale");
        Assert.Equal(TimerMilestone.None, (await _hostB.SessionAsync(sessionId))!.Current!.Announced);

        await new TimerDriver(_hostB).ClickAsync(CardVerbs.Resume, sessionId, 1); // 1 s used of 4: halfway 1 s from now
        _hostA.Time.Advance(TimeSpan.FromSeconds(1));
        await WaitAsync(() => Task.FromResult(Fired("Announced") == 1), "halfway after the resume");
        Assert.Equal(TimerMilestone.Halfway, (await _hostA.SessionAsync(sessionId))!.Current!.Announced);
        Assert.Equal(updates + 2, CardUpdates());
    }

    [Fact]
    public async Task MessageDueBeyondItsHold_ShowsUpEarly_IsPutBackInvisibleAndNotFired()
    {
        using var queueOperations = new MetricCollector<long>(_hostA.Services.GetRequiredService<IMeterFactory>(), Telemetry.Name, Telemetry.TimerQueueOperationsCounter);
        using var queueOperationsB = new MetricCollector<long>(_hostB.Services.GetRequiredService<IMeterFactory>(), Telemetry.Name, Telemetry.TimerQueueOperationsCounter);
        var sessionId = await new TimerDriver(_hostA).StartAsync();
        // Due in 10 days: more than the 7 days a visibility delay may be, so it arrives long before its time.
        var far = new DueTimer(TimerPurpose.Milestone, 1, TimerMilestone.Halfway, _hostA.Time.GetUtcNow().AddDays(10));
        await Queue().SendMessageAsync(new TimerMessage(sessionId, far).ToJson());

        await WaitAsync(() => Task.FromResult(queueOperations.GetMeasurementSnapshot().Concat(queueOperationsB.GetMeasurementSnapshot())
            .Any(m => (string?)m.Tags[TelemetryTags.TimerQueueOperation] == "update")), "the early message to be put back");

        Assert.DoesNotContain((await Queue().PeekMessagesAsync(32)).Value, m => TimerMessage.Parse(m.Body.ToString())?.Due == far);
        Assert.Equal(0, Fired("Announced") + Fired("Stale"));
    }

    /// <summary>Timers handled by either instance with that outcome.</summary>
    private long Fired(string outcome) =>
        _firedA.GetMeasurementSnapshot().Concat(_firedB.GetMeasurementSnapshot())
            .Where(m => (string?)m.Tags[TelemetryTags.Outcome] == outcome).Sum(m => m.Value);

    private int CardUpdates() => TimerDriver.CardUpdates(_hostA.Teams) + TimerDriver.CardUpdates(_hostB.Teams);

    private QueueClient Queue() => new(azurite.Server.ConnectionString, _name);

    private async Task<TimerEntry> EntryAsync(string sessionId) =>
        (await _hostA.Store.ReadAsync<TimerEntry>(DocumentKeys.Timer(sessionId), CancellationToken.None))!.Value;

    private async Task WaitAsync(Func<Task<bool>> condition, string what)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed < Bounded, $"Timed out waiting for {what}; timers handled: "
                + string.Join(", ", _firedA.GetMeasurementSnapshot().Concat(_firedB.GetMeasurementSnapshot()).Select(m => $"{m.Tags[TelemetryTags.TimerPurpose]} {m.Tags[TelemetryTags.Outcome]}"))
                + "\nA: " + string.Join("\n", _hostA.Logs.GetSnapshot().Where(r => r.Level >= LogLevel.Information && !r.Category!.StartsWith("Microsoft", StringComparison.Ordinal) && !r.Category!.StartsWith("System", StringComparison.Ordinal)).Select(r => r.Category + ": " + r.Message))
                + "\nB: " + string.Join("\n", _hostB.Logs.GetSnapshot().Where(r => r.Level >= LogLevel.Information && !r.Category!.StartsWith("Microsoft", StringComparison.Ordinal) && !r.Category!.StartsWith("System", StringComparison.Ordinal)).Select(r => r.Category + ": " + r.Message)));
            await Task.Delay(50);
        }
    }
}
