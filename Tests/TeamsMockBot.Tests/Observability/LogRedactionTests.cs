using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Observability;

/// <summary>
/// A whole mock through the host with authentication on and every log level captured: what people
/// typed, the tokens in both directions and the app secret never reach a log line, a scope or an exception.
/// </summary>
[Collection(SharedBotFrameworkChannel.Name)]
public sealed class LogRedactionTests(BotFrameworkChannelFixture fixture) : IAsyncLifetime
{
    private const string TypedMessage = "mock please, my phone is 555-0100 and I am nervous";
    private const string TypedFocus = "Focus on my stammer when I talk about 2019";

    private readonly List<string> inboundTokens = [];
    private BotHost host = null!;

    public Task InitializeAsync()
    {
        var settings = fixture.Channel.BotSettings();
        settings["Logging:LogLevel:Default"] = "Trace"; // everything any component would ever log
        host = new BotHost(settings: settings)
        {
            TestServices = services => services.AddSingleton<ServiceClientCredentialsFactory>(sp => new FakeOutboundCredentials(sp.GetRequiredService<IConfiguration>())),
            Authorize = activity =>
            {
                activity["serviceUrl"] = FakeBotFrameworkChannel.ServiceUrl;
                activity["channelData"]!["tenant"] = new JsonObject { ["id"] = FakeBotFrameworkChannel.BotTenantId };
                activity["conversation"]!["tenantId"] = FakeBotFrameworkChannel.BotTenantId;
                var token = fixture.Channel.Token(TimeProvider.System.GetUtcNow());
                inboundTokens.Add(token);
                return "Bearer " + token;
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

    [Fact]
    public async Task WholeMock_WithAuthenticationOn_LogsNoTextTokenOrSecret()
    {
        using (var typed = await host.PostActivityAsync(GroupMessage(Mentor, "<at>TeamsMockBot</at> " + TypedMessage)))
        {
            Assert.Equal(200, (int)typed.StatusCode);
        }

        var setup = new JsonObject
        {
            [Cards.CardInputs.Candidate] = Student.Id,
            [Cards.CardInputs.Track] = nameof(Domain.Questions.Track.Behavioral),
            [Cards.CardInputs.Format] = nameof(Domain.Sessions.InterviewFormat.MentorLed),
            [Cards.CardInputs.QuestionCount] = "1",
            [Cards.CardInputs.Focus] = TypedFocus,
        };
        var card = await host.InvokeAsync(Invoke(Mentor, Cards.CardVerbs.CreateSession, setup, "msg-setup"));
        Assert.Contains(TypedFocus, card.ToJsonString(), StringComparison.Ordinal); // it was taken, so it could have leaked
        var driver = new MockDriver(host);
        var sessionId = await driver.MentorLedToFeedbackAsync(Mentor, Student, "msg-mock");
        await driver.SubmitFeedbackAsync(Mentor, sessionId);
        await driver.SubmitSelfAssessmentAsync(Student, sessionId);
        Assert.Contains(host.Teams.Authorizations, a => a.Contains(FakeOutboundCredentials.OutboundToken, StringComparison.Ordinal));

        var log = Everything();
        Assert.Contains(sessionId, log, StringComparison.Ordinal); // the capture works: ids are there
        var forbidden = new List<string>
        {
            TypedMessage, "555-0100", TypedFocus, "Strong opening; result missing.",
            MockDriver.FeedbackFields()[Cards.FeedbackInputs.Strengths]!.GetValue<string>(),
            MockDriver.FeedbackFields()[Cards.FeedbackInputs.Improvements]!.GetValue<string>(),
            Mentor.Name, Student.Name, // personal data: ids only
            FakeOutboundCredentials.OutboundToken, FakeBotFrameworkChannel.AppPassword,
        };
        forbidden.AddRange(inboundTokens);
        forbidden.AddRange(inboundTokens.Select(t => t.Split('.')[2])); // a signature alone is a secret too
        Assert.All(forbidden, secret => Assert.False(log.Contains(secret, StringComparison.Ordinal), $"Logged: {secret}\n{Around(log, secret)}"));
    }

    private static string Around(string log, string secret)
    {
        var at = log.IndexOf(secret, StringComparison.Ordinal);
        return at < 0 ? string.Empty : log[Math.Max(0, log.LastIndexOf('\n', at) - 400)..Math.Min(log.Length, at + 200)];
    }

    private string Everything()
    {
        var text = new StringBuilder();
        foreach (var record in host.Logs.GetSnapshot())
        {
            text.Append(record.Level).Append(' ').Append(record.Category).Append(": ").AppendLine(record.Message);
            text.AppendLine(record.Exception?.ToString());
            foreach (var (key, value) in record.StructuredState ?? [])
            {
                text.Append(key).Append('=').AppendLine(value);
            }

            foreach (var scope in record.Scopes)
            {
                text.AppendLine(scope?.ToString());
            }
        }

        return text.ToString();
    }
}
