using System.Text.Json.Nodes;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Storage;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Privacy;

/// <summary>
/// A session belongs to the organisation (tenant) it was created in: someone acting from another
/// tenant cannot click, read or change it even with its id — the answer is the same as for a session
/// that does not exist, and nothing stored changes. Sessions stored before tenants were recorded are
/// usable by their own interviewer and candidate only.
/// </summary>
public sealed class TenantIsolationTests : HostTest
{
    private const string CardId = "msg-tenant-card";
    private const string OtherTenant = "another-university";
    private static readonly (string Id, string Name) Stranger = ("29:stranger-from-elsewhere", "Stranger");

    public override Task InitializeAsync()
    {
        Host.Teams.Roster.Add(Mentor);
        Host.Teams.Roster.Add(Student);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task CreateSession_RecordsTheTenantItWasCreatedIn()
    {
        var sessionId = await CreateAsync();

        Assert.Equal(TenantId, (await Host.SessionAsync(sessionId))!.TenantId);
    }

    [Theory]
    [InlineData(CardVerbs.Start)]
    [InlineData(CardVerbs.SaveNote)]
    [InlineData(CardVerbs.EndInterview)]
    [InlineData(CardVerbs.OpenLivePanel)]
    [InlineData(CardVerbs.SubmitFeedback)]
    public async Task CardAction_FromAnotherTenantWithTheSessionId_IsAnsweredNotFoundAndChangesNothing(string verb)
    {
        var sessionId = await CreateAsync();
        var before = await StoredAsync(sessionId);
        Host.Teams.Clear();

        var data = new JsonObject { [CardInputs.SessionId] = sessionId, [CardInputs.Note] = "planted" };
        var card = await Host.InvokeAsync(FromOtherTenant(Invoke(Stranger, verb, data, CardId)));

        Assert.Contains("can't find that mock interview", CardJson.Text(card), StringComparison.Ordinal);
        Assert.DoesNotContain(Mentor.Name, card.ToJsonString(), StringComparison.Ordinal); // nothing about the session leaks
        Assert.Equal(before, await StoredAsync(sessionId));
        Assert.Empty(Host.Teams.Calls);
    }

    [Fact]
    public async Task CardAction_WithTheInterviewersIdFromAnotherTenant_IsRefused()
    {
        var sessionId = await CreateAsync();
        var before = await StoredAsync(sessionId);

        var card = await Host.InvokeAsync(FromOtherTenant(Invoke(Mentor, CardVerbs.Start, new JsonObject { [CardInputs.SessionId] = sessionId }, CardId)));

        Assert.Contains("can't find that mock interview", CardJson.Text(card), StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync(sessionId));
        Assert.Equal(SessionStage.Ready, (await Host.SessionAsync(sessionId))!.Stage);
    }

    [Fact]
    public async Task SessionStoredWithoutTenant_ItsInterviewerMayUseItAndAStrangerFromAnotherTenantMayNot()
    {
        var sessionId = await CreateAsync();
        var stored = (await Host.Store.ReadAsync<MockSession>(DocumentKeys.Session(sessionId), CancellationToken.None))!;
        await Host.Store.ReplaceAsync(DocumentKeys.Session(sessionId), stored.Value with { TenantId = null }, stored.ETag, CancellationToken.None);
        Assert.Null((await Host.SessionAsync(sessionId))!.TenantId);

        var refused = await Host.InvokeAsync(FromOtherTenant(Invoke(Stranger, CardVerbs.Start, new JsonObject { [CardInputs.SessionId] = sessionId }, CardId)));
        Assert.Contains("can't find that mock interview", CardJson.Text(refused), StringComparison.Ordinal);
        Assert.Equal(SessionStage.Ready, (await Host.SessionAsync(sessionId))!.Stage);

        await Host.InvokeAsync(Invoke(Mentor, CardVerbs.Start, new JsonObject { [CardInputs.SessionId] = sessionId }, CardId));
        Assert.Equal(SessionStage.Interviewing, (await Host.SessionAsync(sessionId))!.Stage);
    }

    private async Task<string> CreateAsync()
    {
        var created = await Host.InvokeAsync(Invoke(Mentor, CardVerbs.CreateSession, new JsonObject
        {
            [CardInputs.Candidate] = Student.Id,
            [CardInputs.Track] = nameof(Track.Behavioral),
            [CardInputs.Format] = nameof(InterviewFormat.MentorLed),
            [CardInputs.QuestionCount] = "1",
        }, CardId));
        return CardJson.Data(created, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>();
    }

    private static JsonNode FromOtherTenant(JsonNode activity)
    {
        activity["channelData"]!["tenant"] = new JsonObject { ["id"] = OtherTenant };
        activity["conversation"]!["tenantId"] = OtherTenant;
        return activity;
    }

    private async Task<string> StoredAsync(string sessionId) =>
        (await Host.Store.ReadAsync<JsonNode>(DocumentKeys.Session(sessionId), CancellationToken.None))!.Value.ToJsonString();
}
