using System.Text;
using System.Text.Json.Nodes;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Teams;

/// <summary>Malformed requests, unknown sessions and forged service URLs: a clear answer, nothing stored changes.</summary>
public sealed class BadInputTests : HostTest
{
    [Fact]
    public async Task Invoke_WithoutActionValue_Answers400()
    {
        var activity = Invoke(Student, CardVerbs.Start, new JsonObject(), "msg-1");
        activity["value"] = new JsonObject { ["trigger"] = "manual" };

        using var response = await Host.PostActivityAsync(activity);

        Assert.Equal(400, (int)response.StatusCode);
    }

    [Fact]
    public async Task Invoke_UnknownVerb_AnswersFriendlyCard()
    {
        var card = await Host.InvokeAsync(Invoke(Student, "session.explode", new JsonObject(), "msg-1"));
        Assert.Contains("out of date", CardJson.Text(card));
    }

    [Fact]
    public async Task Invoke_UnknownSession_AnswersFriendlyCardLogsActivityIdAndStoresNothing()
    {
        var activity = Invoke(Student, CardVerbs.Next, new JsonObject { [CardInputs.SessionId] = "s-missing", [CardInputs.QuestionNumber] = 1 }, "msg-1");
        var activityId = activity["id"]!.GetValue<string>();

        var card = await Host.InvokeAsync(activity);

        Assert.Contains("can't find that mock interview", CardJson.Text(card));
        Assert.Contains(Host.Logs.GetSnapshot(), r => r.Message.Contains("Turn failed", StringComparison.Ordinal) && r.Message.Contains(activityId, StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(Host.DataPath, "sessions")));
    }

    [Fact]
    public async Task Invoke_ControlWithoutQuestionNumber_LeavesSessionUnchanged()
    {
        var sessionId = await StartSoloAsync();
        var before = await File.ReadAllTextAsync(SessionFile(sessionId));

        var card = await Host.InvokeAsync(Invoke(Student, CardVerbs.Next, new JsonObject { [CardInputs.SessionId] = sessionId }, "msg-solo", "personal"));

        Assert.Contains("out of date", CardJson.Text(card));
        Assert.Equal(before, await File.ReadAllTextAsync(SessionFile(sessionId)));
    }

    [Fact]
    public async Task Invoke_ActionOnCompletedQuestions_ShowsCurrentCardWithoutChange()
    {
        var sessionId = await StartSoloAsync();
        await Host.InvokeAsync(Invoke(Student, CardVerbs.EndInterview, new JsonObject { [CardInputs.SessionId] = sessionId }, "msg-solo", "personal"));
        var before = await File.ReadAllTextAsync(SessionFile(sessionId));

        var card = await Host.InvokeAsync(Invoke(Student, CardVerbs.Next, new JsonObject { [CardInputs.SessionId] = sessionId, [CardInputs.QuestionNumber] = 1 }, "msg-solo", "personal"));

        Assert.Contains(CardVerbs.OpenFeedback, CardJson.Verbs(card));
        Assert.Equal(before, await File.ReadAllTextAsync(SessionFile(sessionId)));
    }

    [Fact]
    public async Task Post_NotJson_Answers400ProblemDetails()
    {
        using var client = Host.CreateClient();
        using var content = new StringContent("{not json", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/messages", content);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_NonLoopbackServiceUrlWithAuthOff_Answers403AndSendsNothing()
    {
        var activity = PersonalMessage(Student, "help");
        activity["serviceUrl"] = "https://evil.example.com/";

        using var response = await Host.PostActivityAsync(activity);

        Assert.Equal(403, (int)response.StatusCode);
        Assert.Empty(Host.Teams.Calls);
    }

    [Fact]
    public async Task Setup_MentorLedWithoutCandidate_ReshowsSetupWithErrorAndKeepsFocus()
    {
        var data = new JsonObject
        {
            [CardInputs.Track] = nameof(Track.SystemDesign),
            [CardInputs.Focus] = "scalability of a chat app",
            [CardInputs.Format] = nameof(InterviewFormat.MentorLed),
            [CardInputs.Length] = "60",
            [CardInputs.QuestionCount] = "2",
        };

        var card = await Host.InvokeAsync(Invoke(Mentor, CardVerbs.CreateSession, data, "msg-setup", "personal"));

        Assert.Contains(CardVerbs.CreateSession, CardJson.Verbs(card));
        Assert.Equal("scalability of a chat app", CardJson.Inputs(card)[CardInputs.Focus]);
        Assert.Contains("solo practice", CardJson.Text(card), StringComparison.OrdinalIgnoreCase);
        Assert.False(Directory.Exists(Path.Combine(Host.DataPath, "sessions")));
    }

    private string SessionFile(string sessionId) => Path.Combine(Host.DataPath, "sessions", sessionId + ".json");

    private async Task<string> StartSoloAsync()
    {
        var data = new JsonObject
        {
            [CardInputs.Format] = nameof(InterviewFormat.SoloPractice),
            [CardInputs.Track] = nameof(Track.General),
            [CardInputs.QuestionCount] = "2",
        };
        var created = await Host.InvokeAsync(Invoke(Student, CardVerbs.CreateSession, data, "msg-solo", "personal"));
        var sessionId = CardJson.Data(created, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>();
        await Host.InvokeAsync(Invoke(Student, CardVerbs.Start, new JsonObject { [CardInputs.SessionId] = sessionId }, "msg-solo", "personal"));
        return sessionId;
    }
}
