using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Teams;

/// <summary>
/// With an App Id configured, the SDK's real Bot Framework token validation runs against a local
/// OpenID metadata + JWKS endpoint: a token the channel signed is accepted and the activity handled;
/// every forged variant is answered 401, and nothing is stored or sent.
/// </summary>
[Collection(SharedBotFrameworkChannel.Name)]
public sealed class TokenValidationTests(BotFrameworkChannelFixture fixture) : IAsyncLifetime
{
    private readonly BotHost host = new(settings: fixture.Channel.BotSettings())
    {
        TestServices = services => services.AddSingleton<ServiceClientCredentialsFactory>(sp => new FakeOutboundCredentials(sp.GetRequiredService<IConfiguration>())),
    };

    private FakeBotFrameworkChannel Channel => fixture.Channel;

    private static DateTimeOffset Now => TimeProvider.System.GetUtcNow(); // the SDK checks token lifetimes on the real clock

    public Task InitializeAsync()
    {
        _ = host.Server; // started now, so what it writes at start-up is not mistaken for a request's doing
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        host.DeleteData();
    }

    [Fact]
    public async Task Message_WithTokenSignedByTheChannel_IsHandledAndAnswered()
    {
        using var response = await PostAsync(Activity(), "Bearer " + Channel.Token(Now));

        Assert.Equal(200, (int)response.StatusCode);
        var reply = Assert.Single(host.Teams.Calls);
        Assert.Equal("POST", reply.Method);
        Assert.NotNull(reply.Card); // the help card
        Assert.All(host.Teams.Addresses, a => Assert.Equal("smba.trafficmanager.net", a.Host));
        Assert.Contains("Bearer " + FakeOutboundCredentials.OutboundToken, host.Teams.Authorizations);
    }

    public static TheoryData<string> Forgeries() =>
    [
        "no token", "wrong signing key", "expired", "not yet valid", "wrong audience", "wrong issuer", "alg none",
        "missing serviceurl claim", "serviceurl claim of another host", "another tenant in the token", "activity from another tenant",
        "replayed for another bot", "not a bearer scheme",
    ];

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task Message_WithForgedToken_Answers401AndStoresAndSendsNothing(string forgery)
    {
        var activity = Activity();
        var now = Now;
        string? authorization = forgery switch
        {
            "no token" => null,
            "wrong signing key" => "Bearer " + Channel.Token(now, key: new Microsoft.IdentityModel.Tokens.RsaSecurityKey(System.Security.Cryptography.RSA.Create(2048)) { KeyId = Channel.SigningKey.KeyId }),
            "expired" => "Bearer " + Channel.Token(now, notBefore: now.AddHours(-2), expires: now.AddMinutes(-10)), // past the SDK's 5 minutes of clock skew
            "not yet valid" => "Bearer " + Channel.Token(now, notBefore: now.AddMinutes(10), expires: now.AddHours(1)),
            "wrong audience" => "Bearer " + Channel.Token(now, audience: "https://graph.microsoft.com"),
            "wrong issuer" => "Bearer " + Channel.Token(now, issuer: "https://evil.example"),
            "alg none" => "Bearer " + FakeBotFrameworkChannel.UnsignedToken(now),
            "missing serviceurl claim" => "Bearer " + Channel.Token(now, serviceUrl: null),
            "serviceurl claim of another host" => "Bearer " + Channel.Token(now, serviceUrl: "https://smba.trafficmanager.net/emea/"),
            "another tenant in the token" => "Bearer " + Channel.Token(now, tenantId: FakeBotFrameworkChannel.OtherTenantId),
            "activity from another tenant" => "Bearer " + Channel.Token(now),
            "replayed for another bot" => "Bearer " + Channel.Token(now, audience: FakeBotFrameworkChannel.OtherBotAppId),
            "not a bearer scheme" => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(FakeBotFrameworkChannel.BotAppId + ":" + FakeBotFrameworkChannel.AppPassword)),
            _ => throw new ArgumentOutOfRangeException(nameof(forgery)),
        };
        if (forgery == "activity from another tenant")
        {
            activity["channelData"]!["tenant"] = new JsonObject { ["id"] = FakeBotFrameworkChannel.OtherTenantId };
            activity["conversation"]!["tenantId"] = FakeBotFrameworkChannel.OtherTenantId;
        }

        var before = StoredFiles();

        using var response = await PostAsync(activity, authorization);

        Assert.Equal(401, (int)response.StatusCode);
        Assert.Empty(host.Teams.Calls);
        Assert.Empty(host.Teams.Addresses);
        Assert.Equal(before, StoredFiles());
    }

    [Fact]
    public async Task Message_WithValidTokenFromAnotherMachine_IsAccepted()
    {
        // Authentication on: the loopback rule is for authentication off only; Teams calls from anywhere.
        host.Caller.Address = System.Net.IPAddress.Parse("203.0.113.7");

        using var response = await PostAsync(Activity(), "Bearer " + Channel.Token(Now));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Single(host.Teams.Calls);
    }

    private JsonNode Activity()
    {
        var activity = PersonalMessage(Student, "mock");
        activity["serviceUrl"] = FakeBotFrameworkChannel.ServiceUrl;
        activity["channelData"]!["tenant"] = new JsonObject { ["id"] = FakeBotFrameworkChannel.BotTenantId };
        activity["conversation"]!["tenantId"] = FakeBotFrameworkChannel.BotTenantId;
        activity["recipient"] = new JsonObject { ["id"] = "28:" + FakeBotFrameworkChannel.BotAppId, ["name"] = "Mock Interviews" };
        return activity;
    }

    private async Task<HttpResponseMessage> PostAsync(JsonNode activity, string? authorization)
    {
        using var client = host.CreateClient();
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        if (authorization is not null)
        {
            request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        }

        return await client.SendAsync(request);
    }

    private string[] StoredFiles() =>
        Directory.Exists(host.DataPath)
            ? [.. Directory.GetFiles(host.DataPath, "*", SearchOption.AllDirectories).Select(f => f + "@" + File.GetLastWriteTimeUtc(f).Ticks).Order(StringComparer.Ordinal)]
            : [];
}
