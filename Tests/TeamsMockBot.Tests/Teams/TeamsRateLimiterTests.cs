using Microsoft.Extensions.Time.Testing;
using TeamsMockBot.Teams;

namespace TeamsMockBot.Tests.Teams;

/// <summary>The limiter on a fake clock: each of Teams' windows exactly, the app's limit across conversations, holds and eviction.</summary>
public sealed class TeamsRateLimiterTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void TryAcquire_EighthCallWithinOneSecond_WaitsUntilTheFirstLeavesTheWindow()
    {
        var limiter = new TeamsRateLimiter(_time);
        for (var i = 0; i < 7; i++)
        {
            Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("chat-a"));
            _time.Advance(TimeSpan.FromMilliseconds(100));
        }

        Assert.Equal(TimeSpan.FromMilliseconds(300), limiter.TryAcquire("chat-a")); // the first was at 0, now is 700 ms
        _time.Advance(TimeSpan.FromMilliseconds(299));
        Assert.NotEqual(TimeSpan.Zero, limiter.TryAcquire("chat-a"));
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("chat-a"));
    }

    [Fact]
    public void TryAcquire_NinthCallWithinTwoSeconds_WaitsEvenThoughTheOneSecondWindowHasRoom()
    {
        var limiter = new TeamsRateLimiter(_time);
        for (var i = 0; i < 8; i++)
        {
            Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("chat-a"));
            _time.Advance(TimeSpan.FromMilliseconds(200)); // 5 per second: the 1 s window never fills
        }

        Assert.Equal(TimeSpan.FromMilliseconds(400), limiter.TryAcquire("chat-a")); // 8 calls since 0, now is 1.6 s
    }

    [Fact]
    public void TryAcquire_SixtyCallsWithinThirtySeconds_TheSixtyFirstWaitsForTheWindow()
    {
        var limiter = new TeamsRateLimiter(_time);
        for (var i = 0; i < 60; i++)
        {
            Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("chat-a"));
            _time.Advance(TimeSpan.FromMilliseconds(400)); // 2.5 per second: the short windows never fill
        }

        Assert.Equal(TimeSpan.FromSeconds(6), limiter.TryAcquire("chat-a")); // 60 calls since 0, now is 24 s
    }

    [Fact]
    public void TryAcquire_EighteenHundredCallsWithinAnHour_TheNextWaitsForTheHour()
    {
        var limiter = new TeamsRateLimiter(_time);
        for (var i = 0; i < 1800; i++)
        {
            Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("chat-a"));
            _time.Advance(TimeSpan.FromSeconds(1)); // one a second: every shorter window has room
        }

        Assert.Equal(TimeSpan.FromSeconds(1800), limiter.TryAcquire("chat-a")); // the first left at 3,600 s, now is 1,800 s
    }

    [Fact]
    public void TryAcquire_OneConversationFull_AnotherStillSends()
    {
        var limiter = new TeamsRateLimiter(_time);
        for (var i = 0; i < 7; i++)
        {
            limiter.TryAcquire("chat-a");
        }

        Assert.NotEqual(TimeSpan.Zero, limiter.TryAcquire("chat-a"));
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("chat-b"));
    }

    [Fact]
    public void TryAcquire_FiftyCallsAcrossConversationsInOneSecond_TheAppWaitsAndARefusalTakesNothing()
    {
        var limiter = new TeamsRateLimiter(_time);
        var messages = 50 - TeamsRateLimiter.UrgentReserve;
        for (var i = 0; i < messages; i++)
        {
            Assert.Equal(TimeSpan.Zero, limiter.TryAcquire(i % 2 == 0 ? $"chat-{i}" : null));
        }

        Assert.Equal(TimeSpan.FromSeconds(1), limiter.TryAcquire("chat-new")); // messages leave the last permits to roster reads
        for (var i = 0; i < TeamsRateLimiter.UrgentReserve; i++)
        {
            Assert.Equal(TimeSpan.Zero, limiter.TryAcquire(null, urgent: true));
        }

        Assert.Equal(TimeSpan.FromSeconds(1), limiter.TryAcquire(null, urgent: true)); // 50 in the second: the app's limit
        _time.Advance(TimeSpan.FromSeconds(1));
        for (var i = 0; i < 7; i++)
        {
            Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("chat-new")); // its refused call above counted for nothing
        }
    }

    [Fact]
    public void HoldBack_TeamsRetryAfter_NoCallIntoThatConversationUntilThen()
    {
        var limiter = new TeamsRateLimiter(_time);
        limiter.HoldBack("chat-a", TimeSpan.FromSeconds(5));

        Assert.Equal(TimeSpan.FromSeconds(5), limiter.TryAcquire("chat-a"));
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("chat-b"));
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("chat-a"));
    }

    [Fact]
    public void TryAcquire_ThousandsOfConversationsThenAnHourIdle_TheirStateIsEvicted()
    {
        var limiter = new TeamsRateLimiter(_time);
        for (var i = 0; i < 5000; i++)
        {
            limiter.TryAcquire($"chat-{i}");
            _time.Advance(TimeSpan.FromMilliseconds(25)); // 40 a second, under the app's 50
        }

        Assert.Equal(5000, limiter.TrackedConversations);
        _time.Advance(TimeSpan.FromHours(1));
        limiter.TryAcquire("chat-late");

        Assert.Equal(1, limiter.TrackedConversations);
    }

    [Theory]
    [InlineData("POST", "/_connector/v3/conversations/19%3Agroup%40thread.v2/activities", "19:group@thread.v2")]
    [InlineData("PUT", "/_connector/v3/conversations/a%3Ab/activities/msg-1", "a:b")]
    [InlineData("POST", "/_connector/v3/conversations/a%3Ab/activities/msg-1", "a:b")]
    [InlineData("GET", "/_connector/v3/conversations/a%3Ab/pagedmembers", null)]
    [InlineData("POST", "/_connector/v3/conversations", null)]
    public void ConversationOf_ConnectorPaths_NamesTheConversationOfMessageCallsOnly(string method, string path, string? expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(new Uri("http://127.0.0.1:5000"), path));

        Assert.True(TeamsRateLimitHandler.IsBotConnectorCall(request));
        Assert.Equal(expected, TeamsRateLimitHandler.ConversationOf(request));
    }
}
