using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Teams;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Teams;

/// <summary>
/// Teams' rate limits with the limiter on, driven as Teams drives the bot: card clicks over
/// <c>/api/messages</c>, timer and delivery sweeps, a connector that can answer 429 with Retry-After.
/// The clock is fake and moves only when a test moves it, so a call that waited for a permit in a
/// card click would hang the test: every click here is given 10 s of real time to answer.
/// </summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private const string CardId = "msg-setup-card";
    private static readonly TimeSpan ClickDeadline = TimeSpan.FromSeconds(10);

    private BotHost _host = new(settings: new Dictionary<string, string> { ["Teams:RateLimitsEnabled"] = "true" });

    public Task InitializeAsync()
    {
        _host.Teams.Roster.Add(Mentor);
        _host.Teams.Roster.Add(Student);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _host.DeleteData();
    }

    [Fact]
    public async Task FortyQuickClicks_UpdatesStayWithinTeamsLimitsPerConversationAndTheFinalCardIsTheLatestState()
    {
        var sessionId = await StartMentorLedAsync();
        var controls = new[] { CardVerbs.Pause, CardVerbs.Resume, CardVerbs.AddMinute, CardVerbs.AddMinute };
        for (var click = 0; click < 40; click++)
        {
            await ClickAsync(Mentor, controls[click % controls.Length], sessionId); // 20 clicks a second
            _host.Time.Advance(TimeSpan.FromMilliseconds(50));
        }

        var session = (await _host.SessionAsync(sessionId))!;
        Assert.Equal(TimeSpan.FromMinutes(20), session.Current!.Timer.Total - session.Current.Timer.Allowed); // every click counted
        var latest = Shared(session);
        await DeliverEverythingAsync();

        var intoChat = _host.Teams.Calls.Where(c => c.ConversationId == GroupChatId).ToList();
        Assert.InRange(MaxInAnyWindow(intoChat, TimeSpan.FromSeconds(1)), 1, 7);
        Assert.InRange(MaxInAnyWindow(intoChat, TimeSpan.FromSeconds(2)), 1, 8);
        Assert.All(intoChat, c => Assert.True(c.Accepted)); // nothing went over for Teams to refuse
        var updates = SharedUpdates();
        Assert.InRange(updates.Count, 2, 12); // coalesced: far fewer than 42 clicks' worth
        Assert.True(JsonNode.DeepEquals(latest, updates[^1].Card), "the last update carries the state after the last click");
    }

    [Fact]
    public async Task InTurnUpdate_TeamsAnswers429_TheClickIsAnsweredAndTheUpdateArrivesAfterRetryAfter()
    {
        var sessionId = await StartMentorLedAsync();
        _host.Time.Advance(TimeSpan.FromSeconds(5));
        var throttled = 0;
        _host.Teams.Throttle = r => r.Method == HttpMethod.Put && Interlocked.Increment(ref throttled) == 1 ? TimeSpan.FromSeconds(2) : null;

        var view = await ClickAsync(Mentor, CardVerbs.Pause, sessionId);

        Assert.Contains(CardVerbs.Resume, CardJson.Verbs(view)); // the clicker sees the paused card at once
        var latest = Shared((await _host.SessionAsync(sessionId))!);
        Assert.Equal(429, SharedUpdates()[^1].StatusCode); // tried once in the turn, not waited out
        _host.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(0, await _host.DeliverWaitingAsync()); // Teams said 2 s
        _host.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await _host.DeliverWaitingAsync());

        var last = SharedUpdates()[^1];
        Assert.True(last.Accepted);
        Assert.True(JsonNode.DeepEquals(latest, last.Card), "the update that was throttled arrives, never dropped");
        Assert.Equal(0, await _host.DeliverWaitingAsync());
    }

    [Fact]
    public async Task SaturatedConversation_TheClickIsAnsweredWithoutWaitingAndTheCardFollowsWhenAPermitIsFree()
    {
        var sessionId = await StartMentorLedAsync();
        _host.Services.GetRequiredService<TeamsRateLimiter>().HoldBack(GroupChatId, TimeSpan.FromSeconds(30)); // as if the chat's 30 s window were full
        var clock = _host.Time.GetUtcNow();
        var updatesBefore = SharedUpdates().Count;

        var view = await ClickAsync(Mentor, CardVerbs.Pause, sessionId);

        Assert.Contains(CardVerbs.Resume, CardJson.Verbs(view));
        Assert.Equal(clock, _host.Time.GetUtcNow()); // answered with no time passing: nothing waited
        Assert.Equal(updatesBefore, SharedUpdates().Count); // and nothing was sent over the limit
        var latest = Shared((await _host.SessionAsync(sessionId))!);
        _host.Time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(0, await _host.DeliverWaitingAsync());
        _host.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await _host.DeliverWaitingAsync());
        Assert.True(JsonNode.DeepEquals(latest, SharedUpdates()[^1].Card));
    }

    [Fact]
    public async Task TimerUpdatesInSixtyChatsAtOnce_AtMostFiftyCallsInAnySecondAndEveryCardIsUpdated()
    {
        await using var host = new BotHost(settings: new Dictionary<string, string>
        {
            ["Teams:RateLimitsEnabled"] = "true",
            ["Teams:MaxThrottleWait"] = "00:00:00", // the fake clock never moves during a sweep: refuse at once, the outbox retries
        });
        var sessions = new List<string>();
        for (var i = 0; i < 60; i++)
        {
            var student = ($"29:student-{i}", $"Student {i}");
            var data = new JsonObject { [CardInputs.Format] = nameof(InterviewFormat.SoloPractice), [CardInputs.QuestionCount] = "1" };
            var created = await host.InvokeAsync(Invoke(student, CardVerbs.CreateSession, data, CardId, "personal")).WaitAsync(ClickDeadline);
            var sessionId = CardJson.Data(created, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>();
            await host.InvokeAsync(Invoke(student, CardVerbs.Start, new JsonObject { [CardInputs.SessionId] = sessionId }, CardId, "personal")).WaitAsync(ClickDeadline);
            sessions.Add(sessionId);
            host.Time.Advance(TimeSpan.FromMilliseconds(100));
        }

        await DeliverEverythingAsync(host);
        var before = host.Teams.Calls.Count;
        host.Time.Advance(TimeSpan.FromHours(1)); // every question's time is up
        Assert.Equal(60, await host.FireDueTimersAsync());
        var sentAtOnce = host.Teams.Calls.Count - before;
        await DeliverEverythingAsync(host);

        Assert.Equal(50 - TeamsRateLimiter.UrgentReserve, sentAtOnce); // the app's limit for one second, less what roster reads keep; the rest waited in the outbox
        Assert.InRange(MaxInAnyWindow(host.Teams.Calls, TimeSpan.FromSeconds(1)), 1, 50);
        var timeUps = host.Teams.Calls.Skip(before).Where(c => c.Method == "PUT").Select(c => c.ConversationId).ToHashSet();
        Assert.Equal(60, timeUps.Count); // every chat got its update
        Assert.All(host.Teams.Calls, c => Assert.True(c.Accepted));
        host.DeleteData();
    }

    [Fact]
    public async Task Reply_TeamsAnswers429WithRetryAfter_TheRetryWaitsExactlyThatLong()
    {
        var throttled = 0;
        _host.Teams.Throttle = r => r.Method == HttpMethod.Post && Interlocked.Increment(ref throttled) == 1 ? TimeSpan.FromSeconds(3) : null;

        var posted = _host.PostActivityAsync(PersonalMessage(Student, "help"));
        await WaitForAsync(() => _host.Teams.Calls.Count == 1);
        await Task.Delay(200); // the retry's timer is set on the fake clock
        while (_host.Teams.Calls.Count < 2 && _host.Time.GetUtcNow() < _host.Teams.Calls[0].At.AddSeconds(10))
        {
            _host.Time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(20);
        }

        using var response = await posted.WaitAsync(ClickDeadline);
        Assert.Equal(200, (int)response.StatusCode);
        var calls = _host.Teams.Calls;
        Assert.Equal([429, 200], calls.Select(c => c.StatusCode));
        Assert.InRange(calls[1].At - calls[0].At, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3.1));
    }

    private async Task<string> StartMentorLedAsync()
    {
        var data = new JsonObject
        {
            [CardInputs.Candidate] = Student.Id,
            [CardInputs.Format] = nameof(InterviewFormat.MentorLed),
            [CardInputs.QuestionCount] = "2",
        };
        var created = await _host.InvokeAsync(Invoke(Mentor, CardVerbs.CreateSession, data, CardId)).WaitAsync(ClickDeadline);
        var sessionId = CardJson.Data(created, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>();
        await ClickAsync(Mentor, CardVerbs.Start, sessionId);
        return sessionId;
    }

    private Task<JsonNode> ClickAsync((string Id, string Name) who, string verb, string sessionId)
    {
        var data = new JsonObject { [CardInputs.SessionId] = sessionId, [CardInputs.QuestionNumber] = "1" };
        return _host.InvokeAsync(Invoke(who, verb, data, CardId)).WaitAsync(ClickDeadline);
    }

    private JsonNode Shared(MockSession session) =>
        JsonNode.Parse(_host.Services.GetRequiredService<SessionViews>().Shared(session).ToJson())!;

    private List<CapturedCall> SharedUpdates() =>
        _host.Teams.Calls.Where(c => c.Method == "PUT" && c.Path.EndsWith("/activities/" + CardId, StringComparison.Ordinal)).ToList();

    private Task DeliverEverythingAsync() => DeliverEverythingAsync(_host);

    /// <summary>The delivery sweep once a second, as the background service would run it, until a minute passes with nothing to send.</summary>
    private static async Task DeliverEverythingAsync(BotHost host)
    {
        for (var second = 0; second < 60; second++)
        {
            host.Time.Advance(TimeSpan.FromSeconds(1));
            await host.DeliverWaitingAsync();
        }
    }

    /// <summary>The most calls in any stretch [t, t + length).</summary>
    private static int MaxInAnyWindow(IEnumerable<CapturedCall> calls, TimeSpan length)
    {
        var times = calls.Select(c => c.At).Order().ToList();
        var most = 0;
        for (int start = 0, end = 0; start < times.Count; start++)
        {
            while (end < times.Count && times[end] < times[start] + length)
            {
                end++;
            }

            most = Math.Max(most, end - start);
        }

        return most;
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        using var deadline = new CancellationTokenSource(ClickDeadline);
        while (!condition())
        {
            await Task.Delay(10, deadline.Token);
        }
    }
}
