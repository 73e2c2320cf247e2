using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TeamsMockBot.Application.Meeting;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Meeting;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Meeting;

/// <summary>
/// <c>GET /api/meeting/sessions/current</c>, which feeds the meeting side panel: sessions are made
/// and driven through card invokes in a group chat, as Teams would, then the panel's view is read.
/// </summary>
public sealed class CurrentSessionEndpointTests : HostTest
{
    private const string SetupCardId = "msg-setup-card";

    public override Task InitializeAsync()
    {
        Host.Teams.Roster.Add(Mentor);
        Host.Teams.Roster.Add(Student);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task CurrentSession_Started_ShowsQuestionAndEndTimeButNoInterviewerMaterial()
    {
        var sessionId = await CreateAsync(SetupCardId, questions: 2);
        await ClickAsync(CardVerbs.Start, sessionId, SetupCardId);
        var session = (await Host.SessionAsync(sessionId))!;
        var first = QuestionBank.BuiltIn.Get(session.Questions[0].QuestionId);

        Host.Time.Advance(TimeSpan.FromSeconds(30));
        var (view, json) = await GetViewAsync(GroupChatId);

        Assert.Equal(nameof(SessionStage.Interviewing), view["stage"]!.GetValue<string>());
        Assert.Equal(1, view["questionNumber"]!.GetValue<int>());
        Assert.Equal(2, view["questionCount"]!.GetValue<int>());
        Assert.Equal(first.Text, view["questionText"]!.GetValue<string>());
        Assert.Equal(Mentor.Name, view["interviewer"]!.GetValue<string>());
        var startedAt = session.StartedAt!.Value;
        Assert.Equal(startedAt + first.TimeAllowed, view["endsAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(Host.Time.GetUtcNow(), view["serverTime"]!.GetValue<DateTimeOffset>());
        Assert.Equal((first.TimeAllowed - TimeSpan.FromSeconds(30)).TotalSeconds, view["remainingSeconds"]!.GetValue<double>());
        Assert.False(view["paused"]!.GetValue<bool>());

        var secrets = session.Questions.Select(q => QuestionBank.BuiltIn.Get(q.QuestionId)).SelectMany(q => q.FollowUps.Append(q.WhatGoodLooksLike)).ToList();
        Assert.NotEmpty(secrets);
        Assert.All(secrets, secret => Assert.DoesNotContain(secret, json, StringComparison.Ordinal));
        Assert.DoesNotContain(Student.Id, json, StringComparison.Ordinal);
        Assert.DoesNotContain(sessionId, json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CurrentSession_PausedThenNext_FollowsTheInterview()
    {
        var sessionId = await CreateAsync(SetupCardId, questions: 2);
        await ClickAsync(CardVerbs.Start, sessionId, SetupCardId);
        Host.Time.Advance(TimeSpan.FromSeconds(20));
        await ClickAsync(CardVerbs.Pause, sessionId, SetupCardId, questionNumber: 1);
        Host.Time.Advance(TimeSpan.FromMinutes(5));

        var (paused, _) = await GetViewAsync(GroupChatId);
        var allowed = paused["timeAllowedSeconds"]!.GetValue<int>();
        Assert.True(paused["paused"]!.GetValue<bool>());
        Assert.Null(paused["endsAt"]);
        Assert.Equal(allowed - 20, paused["remainingSeconds"]!.GetValue<double>());

        await ClickAsync(CardVerbs.Resume, sessionId, SetupCardId, questionNumber: 1);
        await ClickAsync(CardVerbs.Next, sessionId, SetupCardId, questionNumber: 1);
        var (second, _) = await GetViewAsync(GroupChatId);
        Assert.Equal(2, second["questionNumber"]!.GetValue<int>());
        Assert.Equal(Host.Time.GetUtcNow() + TimeSpan.FromSeconds(second["timeAllowedSeconds"]!.GetValue<int>()), second["endsAt"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task CurrentSession_TwoSessionsInOneChat_ShowsTheNewestEvenAfterAnOldCardIsClickedAgain()
    {
        var older = await CreateAsync("msg-setup-1", questions: 1);
        Host.Time.Advance(TimeSpan.FromMinutes(1));
        var newer = await CreateAsync("msg-setup-2", questions: 3);
        Host.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(older, await CreateAsync("msg-setup-1", questions: 1)); // a late retry of the old card

        var (view, _) = await GetViewAsync(GroupChatId);

        Assert.Equal(nameof(SessionStage.Ready), view["stage"]!.GetValue<string>());
        Assert.Equal(3, view["questionCount"]!.GetValue<int>());
        Assert.Null(view["questionText"]);
        Assert.NotEqual(older, newer);
    }

    [Fact]
    public async Task CurrentSession_FeedbackDelivered_NotFound()
    {
        await new MockDriver(Host).CompleteMentorLedAsync(Mentor, Student, SetupCardId);

        using var client = Host.CreateClient();
        using var response = await client.GetAsync(PathFor(GroupChatId));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task CurrentSession_ChatWithoutSession_NotFoundProblem()
    {
        using var client = Host.CreateClient();
        using var response = await client.GetAsync(PathFor("19:meeting_no-mock-here@thread.v2"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
        Assert.Equal(404, problem["status"]!.GetValue<int>());
        Assert.Contains("No mock interview is running in this chat", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CurrentSessionEndpoint.Path)]
    [InlineData(CurrentSessionEndpoint.Path + "?chatId=")]
    [InlineData(CurrentSessionEndpoint.Path + "?chatId=not%20a%20chat")]
    [InlineData(CurrentSessionEndpoint.Path + "?chatId=..%2F..%2Fsessions")]
    [InlineData(CurrentSessionEndpoint.Path + "?chatId=%3Cscript%3E")]
    public async Task CurrentSession_MalformedChatId_BadRequestProblem(string url)
    {
        using var client = Host.CreateClient();
        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bad chat id", (await response.Content.ReadFromJsonAsync<JsonNode>())!["title"]!.GetValue<string>());
    }

    private static string PathFor(string chatId) => CurrentSessionEndpoint.Path + "?chatId=" + Uri.EscapeDataString(chatId);

    private async Task<(JsonNode View, string Json)> GetViewAsync(string chatId)
    {
        using var client = Host.CreateClient();
        using var response = await client.GetAsync(PathFor(chatId));
        var json = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {json}");
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        return (JsonNode.Parse(json)!, json);
    }

    private async Task<string> CreateAsync(string setupCardId, int questions)
    {
        var data = new JsonObject
        {
            [CardInputs.Candidate] = Student.Id,
            [CardInputs.Track] = nameof(Track.Behavioral),
            [CardInputs.Format] = nameof(InterviewFormat.MentorLed),
            [CardInputs.Length] = "60",
            [CardInputs.QuestionCount] = questions.ToString(CultureInfo.InvariantCulture),
        };
        var card = await Host.InvokeAsync(Invoke(Mentor, CardVerbs.CreateSession, data, setupCardId));
        return CardJson.Data(card, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>();
    }

    private Task<JsonNode> ClickAsync(string verb, string sessionId, string setupCardId, int? questionNumber = null)
    {
        var data = new JsonObject { [CardInputs.SessionId] = sessionId };
        if (questionNumber is { } q)
        {
            data[CardInputs.QuestionNumber] = q;
        }

        return Host.InvokeAsync(Invoke(Mentor, verb, data, setupCardId));
    }
}
