using System.Text.Json.Nodes;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TeamsMockBot.Tests.Infrastructure;
using TeamsMockBot.Tests.Timing;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Teams;

/// <summary>
/// With authentication on (real tokens, <see cref="FakeBotFrameworkChannel"/>), the bot calls only
/// https Teams hosts: an activity naming any other serviceUrl — even with a token signed for it — is
/// refused, and a serviceUrl poisoned in a stored conversation reference is never called by the
/// proactive paths (timer updates, feedback delivery, the durable delivery sweep).
/// </summary>
[Collection(SharedBotFrameworkChannel.Name)]
public sealed class OutboundTrustTests(BotFrameworkChannelFixture fixture) : IAsyncLifetime
{
    private const string Poisoned = "https://smba.trafficmanager.net.evil.example/amer/";
    private string serviceUrl = FakeBotFrameworkChannel.ServiceUrl;
    private BotHost host = null!;

    public Task InitializeAsync()
    {
        host = new BotHost(settings: TimerDriver.Settings(fixture.Channel.BotSettings()))
        {
            TestServices = services => services.AddSingleton<ServiceClientCredentialsFactory>(sp => new FakeOutboundCredentials(sp.GetRequiredService<IConfiguration>())),
            Authorize = activity =>
            {
                activity["serviceUrl"] = serviceUrl;
                activity["channelData"]!["tenant"] = new JsonObject { ["id"] = FakeBotFrameworkChannel.BotTenantId };
                activity["conversation"]!["tenantId"] = FakeBotFrameworkChannel.BotTenantId;
                return "Bearer " + fixture.Channel.Token(TimeProvider.System.GetUtcNow(), serviceUrl: serviceUrl);
            },
        };
        host.Teams.Roster.Add(Mentor);
        host.Teams.Roster.Add(Student);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        host.DeleteData();
    }

    [Theory]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net.evil.example/amer/")]
    [InlineData("https://evilbotframework.com/")]
    [InlineData("https://127.0.0.1:3979/")]
    public async Task Message_SignedForAServiceUrlOffTheAllowlist_Answers403AndCallsNothing(string url)
    {
        serviceUrl = url; // the token's serviceurl claim matches: only the allowlist stands in the way

        using var response = await host.PostActivityAsync(PersonalMessage(Student, "mock"));

        Assert.Equal(403, (int)response.StatusCode);
        Assert.Empty(host.Teams.Addresses);
        Assert.Empty(host.Teams.Calls);
    }

    [Fact]
    public async Task TimerUpdates_WithPoisonedCardReference_NeverCallThePoisonedHost()
    {
        var timers = new TimerDriver(host);
        var sessionId = await timers.StartAsync();
        var before = host.Teams.Addresses.Count;
        Assert.True(PoisonStoredReferences() > 0);

        host.Time.Advance(TimeSpan.FromMinutes(2)); // halfway: the card would be updated
        await host.FireDueTimersAsync();

        Assert.Equal(before, host.Teams.Addresses.Count);
        Assert.All(host.Teams.Addresses, a => Assert.Equal("smba.trafficmanager.net", a.Host));
        Assert.NotNull(await host.SessionAsync(sessionId));
    }

    [Fact]
    public async Task FeedbackDelivery_WithPoisonedPersonalChat_NeverCallsThePoisonedHostAndDoesNotClaimDelivery()
    {
        var driver = new MockDriver(host);
        var sessionId = await driver.MentorLedToFeedbackAsync(Mentor, Student, "msg-card");
        Assert.True(PoisonStoredReferences() > 0);
        var before = host.Teams.Calls.Count;

        await driver.SubmitFeedbackAsync(Mentor, sessionId);
        await driver.SubmitSelfAssessmentAsync(Student, sessionId); // both in: the feedback card is due in the student's personal chat
        await host.DeliverWaitingAsync();
        host.Time.Advance(TimeSpan.FromHours(1));
        await host.DeliverWaitingAsync();

        Assert.All(host.Teams.Addresses, a => Assert.Equal("smba.trafficmanager.net", a.Host));
        Assert.DoesNotContain(host.Teams.Calls.Skip(before), c => c.ConversationId == PersonalChatId(Student.Id) && c.Method == "POST");
    }

    /// <summary>Rewrites every stored Teams address to a look-alike host, as a tampered store would hold it. Returns how many documents changed.</summary>
    private int PoisonStoredReferences()
    {
        var changed = 0;
        foreach (var file in Directory.GetFiles(host.DataPath, "*.json", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            var poisoned = text.Replace(FakeBotFrameworkChannel.ServiceUrl, Poisoned, StringComparison.Ordinal);
            if (poisoned != text)
            {
                File.WriteAllText(file, poisoned);
                changed++;
            }
        }

        return changed;
    }
}
