using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Meeting;
using TeamsMockBot.Storage;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Meeting;

/// <summary>
/// The meeting page API with signed links, as outside Teams: each person clicks "Live panel" on their
/// interview card, gets their own link in the answer only they see, and the page calls
/// <c>GET /api/meeting/panel</c> and <c>PUT /api/meeting/panel/note</c> with it.
/// </summary>
public sealed class PanelLinkEndpointTests : HostTest
{
    private const string LinkScheme = PanelAuthentication.LinkScheme;

    private PanelClient Panel => new(Host);

    public override Task InitializeAsync()
    {
        Host.Teams.Roster.Add(Mentor);
        Host.Teams.Roster.Add(Student);
        Host.Teams.Roster.Add(Bystander);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Panel_InterviewerLink_ShowsQuestionCountdownHintsAndFollowUps()
    {
        var sessionId = await Panel.CreateAsync();
        await Panel.ClickAsync(Mentor, CardVerbs.Start, sessionId);
        var session = (await Host.SessionAsync(sessionId))!;
        var first = QuestionBank.BuiltIn.Get(session.Questions[0].QuestionId);
        var link = await Panel.LinkTokenAsync(Mentor, sessionId);

        Host.Time.Advance(TimeSpan.FromSeconds(30));
        var (view, _) = await Panel.ViewAsync(LinkScheme, link);

        Assert.Equal("Interviewer", view["role"]!.GetValue<string>());
        Assert.Equal(nameof(SessionStage.Interviewing), view["stage"]!.GetValue<string>());
        Assert.Equal(first.Text, view["questionText"]!.GetValue<string>());
        Assert.Equal(session.StartedAt!.Value + first.TimeAllowed, view["endsAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(Host.Time.GetUtcNow(), view["serverTime"]!.GetValue<DateTimeOffset>());
        Assert.Equal((first.TimeAllowed - TimeSpan.FromSeconds(30)).TotalSeconds, view["remainingSeconds"]!.GetValue<double>());
        Assert.Equal(first.WhatGoodLooksLike, view["private"]!["whatGoodLooksLike"]!.GetValue<string>());
        Assert.Equal(first.FollowUps, view["private"]!["followUps"]!.AsArray().Select(f => f!.GetValue<string>()));
    }

    [Fact]
    public async Task Panel_CandidateLink_GetsQuestionAndCountdownButNoInterviewerMaterial()
    {
        var sessionId = await Panel.CreateAsync();
        await Panel.ClickAsync(Mentor, CardVerbs.Start, sessionId);
        await Panel.PutNoteAsync(LinkScheme, await Panel.LinkTokenAsync(Mentor, sessionId), 1, "Strong opening, no result stated");
        var session = (await Host.SessionAsync(sessionId))!;
        var link = await Panel.LinkTokenAsync(Student, sessionId);

        var (view, json) = await Panel.ViewAsync(LinkScheme, link);

        Assert.Equal("Candidate", view["role"]!.GetValue<string>());
        Assert.Equal(QuestionBank.BuiltIn.Get(session.Questions[0].QuestionId).Text, view["questionText"]!.GetValue<string>());
        Assert.Null(view["private"]);
        var secrets = session.Questions.Select(q => QuestionBank.BuiltIn.Get(q.QuestionId)).SelectMany(q => q.FollowUps.Append(q.WhatGoodLooksLike)).ToList();
        Assert.All(secrets, secret => Assert.DoesNotContain(secret, json, StringComparison.Ordinal));
        Assert.DoesNotContain("no result stated", json, StringComparison.Ordinal);
        Assert.DoesNotContain(sessionId, json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Panel_StageSurface_NeverCarriesHintsEvenForTheInterviewer()
    {
        var sessionId = await Panel.CreateAsync();
        await Panel.ClickAsync(Mentor, CardVerbs.Start, sessionId);
        var session = (await Host.SessionAsync(sessionId))!;

        var (view, json) = await Panel.ViewAsync(LinkScheme, await Panel.LinkTokenAsync(Mentor, sessionId), surface: "stage");

        Assert.Null(view["private"]);
        Assert.DoesNotContain(QuestionBank.BuiltIn.Get(session.Questions[0].QuestionId).WhatGoodLooksLike, json, StringComparison.Ordinal);
        Assert.NotNull(view["questionText"]);
    }

    [Fact]
    public async Task Panel_PauseAddMinuteNext_FollowsTheSessionsTimer()
    {
        var sessionId = await Panel.CreateAsync();
        await Panel.ClickAsync(Mentor, CardVerbs.Start, sessionId);
        var link = await Panel.LinkTokenAsync(Student, sessionId);
        Host.Time.Advance(TimeSpan.FromSeconds(20));
        await Panel.ClickAsync(Mentor, CardVerbs.Pause, sessionId, questionNumber: 1);
        Host.Time.Advance(TimeSpan.FromMinutes(5));

        var (paused, _) = await Panel.ViewAsync(LinkScheme, link);
        var allowed = paused["timeAllowedSeconds"]!.GetValue<int>();
        Assert.True(paused["paused"]!.GetValue<bool>());
        Assert.Null(paused["endsAt"]);
        Assert.Equal(allowed - 20, paused["remainingSeconds"]!.GetValue<double>());

        await Panel.ClickAsync(Mentor, CardVerbs.Resume, sessionId, questionNumber: 1);
        await Panel.ClickAsync(Mentor, CardVerbs.AddMinute, sessionId, questionNumber: 1);
        var (extended, _) = await Panel.ViewAsync(LinkScheme, link);
        Assert.Equal(allowed + 60, extended["timeAllowedSeconds"]!.GetValue<int>());
        Assert.Equal(Host.Time.GetUtcNow() + TimeSpan.FromSeconds(allowed + 60 - 20), extended["endsAt"]!.GetValue<DateTimeOffset>());

        await Panel.ClickAsync(Mentor, CardVerbs.Next, sessionId, questionNumber: 1);
        var (second, _) = await Panel.ViewAsync(LinkScheme, link);
        Assert.Equal(2, second["questionNumber"]!.GetValue<int>());
    }

    [Fact]
    public async Task PanelNote_SavedAsTyped_KeepsOneNotePerQuestionNextToTheCardsNotes()
    {
        var sessionId = await Panel.CreateAsync();
        await Panel.ClickAsync(Mentor, CardVerbs.Start, sessionId);
        var cardNote = new JsonObject { [CardInputs.SessionId] = sessionId, [CardInputs.Note] = "From the card" };
        await Host.InvokeAsync(Invoke(Mentor, CardVerbs.SaveNote, cardNote, PanelClient.SetupCardId));
        var link = await Panel.LinkTokenAsync(Mentor, sessionId);

        foreach (var typed in new[] { "Clear", "Clear situ", "Clear situation, vague result" })
        {
            Host.Time.Advance(TimeSpan.FromSeconds(1));
            using var saved = await Panel.PutNoteAsync(LinkScheme, link, 1, typed);
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        using (var again = await Panel.PutNoteAsync(LinkScheme, link, 1, "Clear situation, vague result"))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode); // a retried save changes nothing and is fine
        }

        var session = (await Host.SessionAsync(sessionId))!;
        Assert.Equal(["From the card", "Clear situation, vague result"], session.Notes.Select(n => n.Text));
        Assert.Equal(Host.Time.GetUtcNow(), session.PanelNoteFor(1)!.At);
        var (view, _) = await Panel.ViewAsync(LinkScheme, link);
        Assert.Equal("Clear situation, vague result", view["private"]!["panelNote"]!.GetValue<string>());

        using var cleared = await Panel.PutNoteAsync(LinkScheme, link, 1, "  ");
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.Equal(["From the card"], (await Host.SessionAsync(sessionId))!.Notes.Select(n => n.Text));
    }

    [Fact]
    public async Task PanelNote_CandidateLink_ForbiddenAndNothingStored()
    {
        var sessionId = await Panel.CreateAsync();
        await Panel.ClickAsync(Mentor, CardVerbs.Start, sessionId);

        using var response = await Panel.PutNoteAsync(LinkScheme, await Panel.LinkTokenAsync(Student, sessionId), 1, "I did great");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty((await Host.SessionAsync(sessionId))!.Notes);
    }

    [Fact]
    public async Task PanelNote_TooLongOrForAQuestionNotAskedYet_UnprocessableWithTheReason()
    {
        var sessionId = await Panel.CreateAsync();
        await Panel.ClickAsync(Mentor, CardVerbs.Start, sessionId);
        var link = await Panel.LinkTokenAsync(Mentor, sessionId);

        using var tooLong = await Panel.PutNoteAsync(LinkScheme, link, 1, new string('x', MockSession.MaxNoteLength + 1));
        using var ahead = await Panel.PutNoteAsync(LinkScheme, link, 2, "Not asked yet");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Contains("under 1000 characters", (await tooLong.Content.ReadFromJsonAsync<JsonNode>())!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, ahead.StatusCode);
        Assert.Empty((await Host.SessionAsync(sessionId))!.Notes);
    }

    [Fact]
    public async Task PanelTag_Interviewer_SetsAndClearsTheCardsQuickTagOnTheQuestion()
    {
        var sessionId = await Panel.CreateAsync();
        await Panel.ClickAsync(Mentor, CardVerbs.Start, sessionId);
        var link = await Panel.LinkTokenAsync(Mentor, sessionId);
        Host.Time.Advance(TimeSpan.FromSeconds(40));

        using (var set = await Panel.PutTagAsync(LinkScheme, link, 1, nameof(QuickTag.NoResultStated), on: true))
        {
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        }

        using (var again = await Panel.PutTagAsync(LinkScheme, link, 1, nameof(QuickTag.NoResultStated), on: true))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode); // a repeated click changes nothing
        }

        var tagged = (await Host.SessionAsync(sessionId))!.Questions[0];
        Assert.Equal([new QuestionTag(QuickTag.NoResultStated, Host.Time.GetUtcNow())], tagged.Tags);
        var (view, _) = await Panel.ViewAsync(LinkScheme, link);
        var tags = view["private"]!["tags"]!.AsArray();
        Assert.Equal(6, tags.Count);
        var noResult = tags.Single(t => t!["tag"]!.GetValue<string>() == nameof(QuickTag.NoResultStated))!;
        Assert.True(noResult["on"]!.GetValue<bool>());
        Assert.Equal("No result stated", noResult["label"]!.GetValue<string>());
        Assert.False(noResult["strength"]!.GetValue<bool>());

        using var cleared = await Panel.PutTagAsync(LinkScheme, link, 1, nameof(QuickTag.NoResultStated), on: false);
        Assert.Empty((await Host.SessionAsync(sessionId))!.Questions[0].Tags);
    }

    [Fact]
    public async Task PanelTag_CandidateOrUnknownTag_RefusedAndNothingStored()
    {
        var sessionId = await Panel.CreateAsync();
        await Panel.ClickAsync(Mentor, CardVerbs.Start, sessionId);

        using var candidate = await Panel.PutTagAsync(LinkScheme, await Panel.LinkTokenAsync(Student, sessionId), 1, nameof(QuickTag.GreatExample), on: true);
        using var unknown = await Panel.PutTagAsync(LinkScheme, await Panel.LinkTokenAsync(Mentor, sessionId), 1, "Brilliant", on: true);
        using var number = await Panel.PutTagAsync(LinkScheme, await Panel.LinkTokenAsync(Mentor, sessionId), 0, nameof(QuickTag.GreatExample), on: true);

        Assert.Equal(HttpStatusCode.Forbidden, candidate.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, number.StatusCode);
        Assert.Empty((await Host.SessionAsync(sessionId))!.Questions[0].Tags);
        var (candidateView, json) = await Panel.ViewAsync(LinkScheme, await Panel.LinkTokenAsync(Student, sessionId));
        Assert.Null(candidateView["private"]);
        Assert.DoesNotContain("No result stated", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LivePanel_ClickedBySomeoneOutsideTheSession_RefusedWithoutALink()
    {
        var sessionId = await Panel.CreateAsync();

        var card = await Panel.ClickAsync(Bystander, CardVerbs.OpenLivePanel, sessionId);

        Assert.Contains("is for Morgan Mentor and Sam Student", CardJson.Text(card), StringComparison.Ordinal);
        Assert.DoesNotContain("#link=", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LivePanel_AnswersTheClickerOnly_TheSharedCardIsNotUpdated()
    {
        var sessionId = await Panel.CreateAsync();
        Host.Teams.Clear();

        var card = await Panel.ClickAsync(Student, CardVerbs.OpenLivePanel, sessionId);

        Assert.Contains("Your live panel", CardJson.Text(card), StringComparison.Ordinal);
        Assert.Contains(CardVerbs.Refresh, CardJson.Verbs(card));
        Assert.Empty(Host.Teams.Calls); // no UpdateActivity, no message: the link exists only in the clicker's answer
    }

    [Fact]
    public async Task Panel_ExpiredLink_Unauthorized()
    {
        var sessionId = await Panel.CreateAsync();
        var link = await Panel.LinkTokenAsync(Mentor, sessionId);

        Host.Time.Advance(TimeSpan.FromHours(2) + TimeSpan.FromSeconds(1));
        using var response = await Panel.GetAsync(LinkScheme, link);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Contains(Host.Logs.GetSnapshot(), r => r.Message.Contains("expired", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Panel_ForgedLinks_Unauthorized()
    {
        var sessionId = await Panel.CreateAsync();
        var candidateLink = await Panel.LinkTokenAsync(Student, sessionId);
        var parts = candidateLink.Split('.');
        // The candidate rewrites their own link to name the interviewer, keeping their signature.
        var payload = System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(parts[1])).Replace(Student.Id, Mentor.Id, StringComparison.Ordinal);
        var forged = $"{parts[0]}.{System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(payload))}.{parts[2]}";

        foreach (var credential in new[] { forged, parts[0] + "." + parts[1] + ".AAAA", "not-a-link", candidateLink + "x" })
        {
            using var response = await Panel.GetAsync(LinkScheme, credential);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    [Fact]
    public async Task Panel_NoCredential_UnauthorizedProblem()
    {
        await Panel.CreateAsync();
        using var client = Host.CreateClient();

        using var response = await client.GetAsync(MeetingPanelEndpoints.PanelPath + "?chatId=" + Uri.EscapeDataString(GroupChatId));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Behavioral", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OldChatIdEndpoint_IsGone()
    {
        await Panel.CreateAsync();
        using var client = Host.CreateClient();

        using var response = await client.GetAsync("/api/meeting/sessions/current?chatId=" + Uri.EscapeDataString(GroupChatId));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Panel_FeedbackDelivered_NotFound()
    {
        var sessionId = await new MockDriver(Host).CompleteMentorLedAsync(Mentor, Student, PanelClient.SetupCardId);
        var link = await Panel.LinkTokenAsync(Mentor, sessionId);

        using var response = await Panel.GetAsync(LinkScheme, link);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PanelLinkKey_KeptInTheStore_LinksWorkAfterARestart()
    {
        var sessionId = await Panel.CreateAsync();
        var link = await Panel.LinkTokenAsync(Mentor, sessionId);
        Assert.NotNull(await Host.Store.ReadAsync<PanelLinkKeyDocument>(DocumentKeys.PanelLinkKey, CancellationToken.None));

        await using var restarted = new BotHost(Host.DataPath, Host.Time);
        var (view, _) = await new PanelClient(restarted).ViewAsync(LinkScheme, link);

        Assert.Equal("Interviewer", view["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task PanelLinkKey_Configured_OtherKeysLinksRefused()
    {
        var sessionId = await Panel.CreateAsync();
        var storeKeyLink = await Panel.LinkTokenAsync(Mentor, sessionId);
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

        await using var configured = new BotHost(Host.DataPath, Host.Time, new Dictionary<string, string> { ["Meeting:PanelLinkKey"] = key });
        configured.Teams.Roster.Add(Mentor);
        configured.Teams.Roster.Add(Student);
        var client = new PanelClient(configured);
        using var refused = await client.GetAsync(LinkScheme, storeKeyLink);
        var (view, _) = await client.ViewAsync(LinkScheme, await client.LinkTokenAsync(Mentor, sessionId));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("Interviewer", view["role"]!.GetValue<string>());
    }
}
