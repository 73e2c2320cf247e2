using TeamsMockBot.Cards;
using TeamsMockBot.Storage;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Scheduling;

/// <summary>
/// A booked mock's reminders are durable timers: a new process on the same folder queues them again
/// from the store at start, and each reminder reaches the candidate exactly once, however many
/// processes come and go around it.
/// </summary>
public sealed class RemindersAcrossRestartTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);

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
    public async Task Reminders_AcrossTwoRestarts_EachReachesTheCandidateOnce()
    {
        var first = Host();
        var (sessionId, _) = await new SchedulingDriver(first).FindAndBookAsync(Monday);
        await first.DisposeAsync();

        // Restart 1, a day before: the prep card goes out once.
        var second = Host(first);
        _ = second.Services; // start it: the timers are queued again from the store
        second.Time.Advance(Monday.AddDays(-1) - second.Time.GetUtcNow());
        await second.FireDueTimersAsync();
        await second.FireDueTimersAsync();
        await second.DisposeAsync();

        // Restart 2, ten minutes before: no second prep card, the arrival reminder once.
        var third = Host(first);
        _ = third.Services;
        await third.FireDueTimersAsync(); // the prep timer's moment is long past: nothing more for it
        third.Time.Advance(Monday.AddMinutes(-10) - third.Time.GetUtcNow());
        await third.FireDueTimersAsync();
        await third.FireDueTimersAsync();

        var toStudent = _hosts.SelectMany(h => new SchedulingDriver(h).CardsTo(Student)).ToList();
        Assert.Single(toStudent, c => CardJson.Text(c).Contains("Get ready", StringComparison.Ordinal));
        Assert.Single(toStudent, c => CardJson.Verbs(c).Contains(CardVerbs.CheckIn));
        Assert.Single(second.Teams.Calls, c => c.Card is not null && CardJson.Text(c.Card).Contains("Get ready", StringComparison.Ordinal));
        Assert.Null(await third.Store.ReadAsync<TimerEntry>(DocumentKeys.Timer(sessionId), CancellationToken.None)); // nothing left to remind
    }

    private BotHost Host(BotHost? sameDataAs = null)
    {
        var host = new BotHost(sameDataAs?.DataPath, sameDataAs?.Time);
        host.Teams.Roster.Add(Mentor);
        host.Teams.Roster.Add(Student);
        _hosts.Add(host);
        return host;
    }
}
