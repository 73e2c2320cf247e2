using System.Diagnostics;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Domain.Timing;
using TeamsMockBot.Storage;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Timing;

/// <summary>
/// The in-process due-time queue lives in memory, so a new process on the same folder must queue
/// every running session's timer again from the store at start; and the background loop fires by
/// itself when the clock moves.
/// </summary>
public sealed class TimerRestartTests : IAsyncDisposable
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly List<BotHost> _hosts = [];

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        _hosts[0].DeleteData();
    }

    [Fact]
    public async Task Restart_MidQuestion_TheNewProcessQueuesTheTimerAgainAndAnnouncesItOnce()
    {
        var first = Host();
        var sessionId = await new TimerDriver(first).StartAsync();
        await first.DisposeAsync();

        var second = Host(first);
        _ = second.Services; // start it: the rebuild runs at start
        Assert.Contains(second.Logs.GetSnapshot(), r => r.Message == "Queued 1 session timer(s) again from the store");
        second.Time.Advance(2 * Minute);
        Assert.Equal(1, await second.FireDueTimersAsync());
        Assert.Equal(0, await second.FireDueTimersAsync());
        Assert.Equal(TimerMilestone.Halfway, (await second.SessionAsync(sessionId))!.Current!.Announced);
        Assert.Equal(1, TimerDriver.CardUpdates(second.Teams));
    }

    [Fact]
    public async Task Restart_TimerEntryFromBeforeQueuedTimers_IsDerivedAgainFromItsSession()
    {
        var first = Host();
        var sessionId = await new TimerDriver(first).StartAsync();
        // What the old sweep wrote: a session id and a due time, no due timer.
        await first.Store.UpsertAsync(DocumentKeys.Timer(sessionId), new OldTimerEntry(sessionId, first.Time.GetUtcNow() + (2 * Minute)),
            new StoreConflictRetry(TimeProvider.System), CancellationToken.None);
        await first.DisposeAsync();

        var second = Host(first);
        second.Time.Advance(2 * Minute);
        Assert.Equal(1, await second.FireDueTimersAsync());
        Assert.Equal(TimerMilestone.Halfway, (await second.SessionAsync(sessionId))!.Current!.Announced);
        var entry = await second.Store.ReadAsync<TimerEntry>(DocumentKeys.Timer(sessionId), CancellationToken.None);
        Assert.Equal(TimerMilestone.OneMinuteLeft, entry!.Value.Due!.Milestone);
    }

    [Fact]
    public async Task OverdueClose_AcrossARestart_ClosedOnceWithTheFormsOnce()
    {
        var first = Host();
        var sessionId = await new TimerDriver(first).StartAsync();
        first.Time.Advance(Minute);
        await first.DisposeAsync();

        var second = Host(first);
        var mock = new TimerDriver(second);
        var closed = 0;
        for (var minute = 2; minute <= 25; minute++)
        {
            second.Time.Advance(Minute);
            closed += await second.FireDueTimersAsync();
        }

        Assert.Equal(3 + 1, closed); // halfway, 1 minute left, time up, then the close at 20:00
        Assert.Equal(SessionStage.AwaitingFeedback, (await second.SessionAsync(sessionId))!.Stage);
        Assert.Equal(1, mock.FormsTo(Mentor, CardVerbs.SubmitFeedback));
        Assert.Equal(1, mock.FormsTo(Student, CardVerbs.SubmitSelfAssessment));
        Assert.Null(await second.Store.ReadAsync<TimerEntry>(DocumentKeys.Timer(sessionId), CancellationToken.None));
    }

    [Fact]
    public async Task BackgroundLoop_ClockPassesHalfway_TheCardIsUpdatedWithoutAnyoneFiringByHand()
    {
        var host = Host(settings: new Dictionary<string, string> { ["Timers:Enabled"] = "true" });
        var sessionId = await new TimerDriver(host).StartAsync();
        var updates = TimerDriver.CardUpdates(host.Teams);

        host.Time.Advance(2 * Minute);

        var waited = Stopwatch.StartNew();
        // Recorded first, then the card update goes out: wait for both.
        while ((TimerDriver.CardUpdates(host.Teams) == updates || (await host.SessionAsync(sessionId))!.Current!.Announced < TimerMilestone.Halfway)
            && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(20);
        }

        Assert.Equal(TimerMilestone.Halfway, (await host.SessionAsync(sessionId))!.Current!.Announced);
        Assert.Equal(updates + 1, TimerDriver.CardUpdates(host.Teams));
    }

    private BotHost Host(BotHost? sameDataAs = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var host = new BotHost(sameDataAs?.DataPath, sameDataAs?.Time, TimerDriver.Settings(settings));
        host.Teams.Roster.Add(Mentor);
        host.Teams.Roster.Add(Student);
        _hosts.Add(host);
        return host;
    }

    private sealed record OldTimerEntry(string SessionId, DateTimeOffset DueAt);
}
