using System.Net;
using TeamsMockBot.Cards;
using TeamsMockBot.Meeting;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Meeting;

/// <summary>
/// The meeting page API inside Teams: the page sends the Teams SSO token as a bearer token with its
/// chat id. The token is checked against a local stand-in for Entra ID's published keys
/// (<see cref="FakeEntraId"/>); the person (<c>oid</c>) must be the interviewer or the candidate of
/// the chat's session, whose participants got their directory ids from Teams (<c>aadObjectId</c>).
/// </summary>
public sealed class TeamsSsoEndpointTests : IAsyncLifetime
{
    private const string Bearer = PanelAuthentication.BearerScheme;

    private FakeEntraId? _entra;
    private BotHost? _host;

    private FakeEntraId Entra => _entra!;

    private BotHost Host => _host!;

    private PanelClient Panel => new(Host);

    private DateTimeOffset Now => Host.Time.GetUtcNow();

    public async Task InitializeAsync()
    {
        _entra = await FakeEntraId.StartAsync();
        var settings = Entra.Settings();
        settings["Teams:AllowedTenantIds:0"] = FakeEntraId.TenantId;
        settings["Teams:AllowedTenantIds:1"] = TenantId; // the activities' tenant
        _host = new BotHost(settings: settings);
        Host.Teams.Roster.Add(Mentor);
        Host.Teams.Roster.Add(Student);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Host.DeleteData();
        await Entra.DisposeAsync();
    }

    [Fact]
    public async Task Sso_InterviewersToken_GetsTheInterviewersView()
    {
        var sessionId = await Panel.CreateAsync();
        await Panel.ClickAsync(Mentor, CardVerbs.Start, sessionId);

        var (view, _) = await Panel.ViewAsync(Bearer, Entra.Token(DirectoryIdOf(Mentor.Id), Now), GroupChatId);

        Assert.Equal("Interviewer", view["role"]!.GetValue<string>());
        Assert.NotNull(view["private"]!["whatGoodLooksLike"]);
        Assert.Equal(1, Entra.KeyRequests);
    }

    [Fact]
    public async Task Sso_CandidatesV1Token_ForTheAppIdUri_GetsTheCandidatesView()
    {
        var sessionId = await Panel.CreateAsync();
        await Panel.ClickAsync(Mentor, CardVerbs.Start, sessionId);
        var v1 = Entra.Token(DirectoryIdOf(Student.Id), Now, audience: FakeEntraId.AppIdUri, issuer: $"https://sts.windows.net/{FakeEntraId.TenantId}/");

        var (view, _) = await Panel.ViewAsync(Bearer, v1, GroupChatId);

        Assert.Equal("Candidate", view["role"]!.GetValue<string>());
        Assert.Null(view["private"]);
    }

    [Fact]
    public async Task Sso_InterviewerSavesANote_StoredOnTheSession()
    {
        var sessionId = await Panel.CreateAsync();
        await Panel.ClickAsync(Mentor, CardVerbs.Start, sessionId);

        using var saved = await Panel.PutNoteAsync(Bearer, Entra.Token(DirectoryIdOf(Mentor.Id), Now), 1, "Good structure", GroupChatId);
        using var candidate = await Panel.PutNoteAsync(Bearer, Entra.Token(DirectoryIdOf(Student.Id), Now), 1, "Mine", GroupChatId);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, candidate.StatusCode);
        Assert.Equal(["Good structure"], (await Host.SessionAsync(sessionId))!.Notes.Select(n => n.Text));
    }

    public static TheoryData<string> RefusedTokens() =>
    [
        "wrong key", "expired", "not yet valid", "wrong audience", "wrong issuer", "other tenant's issuer", "tenant not allowed", "unsigned", "garbage",
    ];

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task Sso_BadToken_Unauthorized(string kind)
    {
        var sessionId = await Panel.CreateAsync();
        await Panel.ClickAsync(Mentor, CardVerbs.Start, sessionId);
        var oid = DirectoryIdOf(Mentor.Id);
        var token = kind switch
        {
            "wrong key" => Entra.Token(oid, Now, key: FakeEntraId.NewKey(Entra.SigningKey.KeyId!)),
            "expired" => Entra.Token(oid, Now - TimeSpan.FromHours(1) - TimeSpan.FromMinutes(3)),
            "not yet valid" => Entra.Token(oid, Now + TimeSpan.FromMinutes(10)),
            "wrong audience" => Entra.Token(oid, Now, audience: "api://elsewhere.example.com/" + Guid.NewGuid()),
            "wrong issuer" => Entra.Token(oid, Now, issuer: "https://login.example.com/" + FakeEntraId.TenantId + "/v2.0"),
            "other tenant's issuer" => Entra.Token(oid, Now, issuer: $"https://login.microsoftonline.com/{FakeEntraId.OtherTenantId}/v2.0"),
            "tenant not allowed" => Entra.Token(oid, Now, tenantId: FakeEntraId.OtherTenantId),
            "unsigned" => Unsigned(Entra.Token(oid, Now)),
            _ => "abc.def.ghi",
        };

        using var response = await Panel.GetAsync(Bearer, token, GroupChatId);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("questionText", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sso_SomeoneWhoIsNotAParticipant_Forbidden()
    {
        var sessionId = await Panel.CreateAsync();
        await Panel.ClickAsync(Mentor, CardVerbs.Start, sessionId);

        using var response = await Panel.GetAsync(Bearer, Entra.Token(DirectoryIdOf(Bystander.Id), Now), GroupChatId);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("interviewer and candidate", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sso_WithoutChatId_BadRequest()
    {
        using var response = await Panel.GetAsync(Bearer, Entra.Token(DirectoryIdOf(Mentor.Id), Now), chatId: "..%2Fsessions");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Sso_NotConfigured_BearerTokensRefused()
    {
        await using var plain = new BotHost();
        plain.Teams.Roster.Add(Mentor);
        plain.Teams.Roster.Add(Student);
        var client = new PanelClient(plain);
        await client.CreateAsync();

        using var response = await client.GetAsync(Bearer, Entra.Token(DirectoryIdOf(Mentor.Id), plain.Time.GetUtcNow()), GroupChatId);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(plain.Logs.GetSnapshot(), r => r.Message.Contains("not configured", StringComparison.Ordinal));
        plain.DeleteData();
    }

    private static string Unsigned(string token)
    {
        var parts = token.Split('.');
        var header = System.Buffers.Text.Base64Url.EncodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}"u8);
        return $"{header}.{parts[1]}.";
    }
}
