using System.Diagnostics;
using System.Text.Json.Nodes;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Domain.Timing;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Timing;

/// <summary>The background sweep itself, on the fake clock: time passing is enough for the card to update.</summary>
public sealed class MilestoneSweepServiceTests : IAsyncLifetime
{
    private readonly BotHost host = new(settings: new Dictionary<string, string>
    {
        ["Timers:Enabled"] = "true",
        ["Timers:SweepInterval"] = "00:00:05",
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        host.DeleteData();
    }

    [Fact]
    public async Task Clock_PassesHalfTime_BackgroundSweepUpdatesTheCard()
    {
        var created = await host.InvokeAsync(Invoke(Student, CardVerbs.CreateSession, new JsonObject
        {
            [CardInputs.Format] = nameof(InterviewFormat.SoloPractice),
            [CardInputs.QuestionCount] = "1",
        }, "msg-solo", "personal"));
        var sessionId = CardJson.Data(created, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>();
        await host.InvokeAsync(Invoke(Student, CardVerbs.Start, new JsonObject { [CardInputs.SessionId] = sessionId }, "msg-solo", "personal"));
        var allowed = (await host.SessionAsync(sessionId))!.Current!.Timer.Total;

        // Step the fake clock in sweep-sized ticks past the halfway mark; each tick wakes the sweep.
        var passed = TimeSpan.Zero;
        for (; passed <= allowed / 2; passed += TimeSpan.FromSeconds(5))
        {
            host.Time.Advance(TimeSpan.FromSeconds(5));
        }

        // A sweep still busy when a tick came misses it (a loaded machine); keep the clock moving a
        // little, never near the next milestone, until the sweep has run.
        var waited = Stopwatch.StartNew();
        while ((await host.SessionAsync(sessionId))!.Current!.Announced < TimerMilestone.Halfway && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(20);
            if (passed < (allowed / 2) + TimeSpan.FromSeconds(20))
            {
                host.Time.Advance(TimeSpan.FromSeconds(1));
                passed += TimeSpan.FromSeconds(1);
            }
        }

        Assert.Equal(TimerMilestone.Halfway, (await host.SessionAsync(sessionId))!.Current!.Announced);
        Assert.Contains(host.Teams.Calls, c => c.Method == "PUT" && c.Path.EndsWith("/activities/msg-solo", StringComparison.Ordinal));
    }
}
