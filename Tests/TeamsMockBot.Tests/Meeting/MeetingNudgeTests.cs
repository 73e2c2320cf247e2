using System.Net;
using System.Text.Json.Nodes;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Timing;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Meeting;

/// <summary>
/// The candidate's in-meeting nudges: a targeted meeting notification to the Teams meeting API at
/// "1 minute left" and when the questions are over, checked against the documented request shape;
/// when Teams refuses, the shared card still says it.
/// </summary>
public sealed class MeetingNudgeTests : MeetingChatTest
{
    [Fact]
    public async Task OneMinuteLeft_SendsTheCandidateATargetedMeetingNotification()
    {
        var (sessionId, first) = await StartAsync();

        Host.Time.Advance(first.TimeAllowed - TimeSpan.FromSeconds(59));
        Assert.Equal(1, await Host.SweepTimersAsync());

        var call = Assert.Single(Notifications());
        Assert.Equal("/_connector/v1/meetings/" + Uri.EscapeDataString(MeetingId) + "/notification", call.Path);
        AssertTargetedNotification(call.Body!, Student.Id, "one-minute-left", "1 minute left");
        Assert.Equal(TimerMilestone.OneMinuteLeft, (await SessionAsync(sessionId)).Current!.Announced);
    }

    [Fact]
    public async Task Halfway_SendsNoNotification()
    {
        var (_, first) = await StartAsync();

        Host.Time.Advance(first.TimeAllowed / 2);
        Assert.Equal(1, await Host.SweepTimersAsync());

        Assert.Empty(Notifications());
    }

    [Fact]
    public async Task EndInterview_NudgesTheCandidateToAskTheirQuestions()
    {
        var (sessionId, _) = await StartAsync();

        await ClickAsync(Mentor, CardVerbs.EndInterview, sessionId);

        AssertTargetedNotification(Assert.Single(Notifications()).Body!, Student.Id, "your-questions", "Your questions for the interviewer");
        await ClickAsync(Mentor, CardVerbs.SaveNote, sessionId); // a later click in the same stage: no second nudge (the note is empty and refused)
        Assert.Single(Notifications());
    }

    [Fact]
    public async Task NotificationRefused_TheCardStillSaysItAndTheSweepGoesOn()
    {
        Host.Teams.Meetings.NotificationStatus = HttpStatusCode.Forbidden; // e.g. the RSC permission was not granted in this meeting
        var (sessionId, first) = await StartAsync();
        Host.Teams.Clear();

        Host.Time.Advance(first.TimeAllowed - TimeSpan.FromSeconds(59));
        Assert.Equal(1, await Host.SweepTimersAsync());

        Assert.Equal(403, Assert.Single(Notifications()).StatusCode);
        var update = Assert.Single(Host.Teams.Calls, c => c.Method == "PUT");
        Assert.Contains("1 minute left", CardJson.Text(update.Card!));
        Assert.Equal(TimerMilestone.OneMinuteLeft, (await SessionAsync(sessionId)).Current!.Announced);
        Assert.Contains(Host.Logs.GetSnapshot(), r => r.Message.Contains("did not show the OneMinuteLeft nudge (status 403)", StringComparison.Ordinal));

        // The questions end: the click still answers with the card, the refusal only logged.
        var card = await ClickAsync(Mentor, CardVerbs.EndInterview, sessionId);
        Assert.Contains(CardVerbs.OpenFeedback, CardJson.Verbs(card));
    }

    [Fact]
    public async Task NotificationHanging_TheClickIsAnsweredAfterTheNudgeTimeout()
    {
        var (sessionId, _) = await StartAsync();
        Host.Teams.Meetings.NotificationHangs = true;

        var click = ClickAsync(Mentor, CardVerbs.EndInterview, sessionId);
        for (var i = 0; i < 200 && !click.IsCompleted; i++)
        {
            Host.Time.Advance(TimeSpan.FromMilliseconds(500)); // the nudge gives up after 3 s of the bot's clock
            await Task.WhenAny(click, Task.Delay(25));
        }

        Assert.True(click.IsCompleted, "The click waited on Teams beyond the nudge's timeout.");
        Assert.Contains(CardVerbs.OpenFeedback, CardJson.Verbs(await click));
        Assert.Single(Notifications());
        Assert.Contains(Host.Logs.GetSnapshot(), r => r.Message.Contains("not shown within 3 s", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GroupChatThatIsNoMeeting_GetsNoNotification()
    {
        var data = new JsonObject
        {
            [CardInputs.Candidate] = Student.Id,
            [CardInputs.Track] = nameof(Track.Behavioral),
            [CardInputs.Format] = nameof(Domain.Sessions.InterviewFormat.MentorLed),
            [CardInputs.QuestionCount] = "1",
        };
        var created = await Host.InvokeAsync(Invoke(Mentor, CardVerbs.CreateSession, data, "msg-group-setup"));
        var sessionId = CardJson.Data(created, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>();
        await Host.InvokeAsync(Invoke(Mentor, CardVerbs.Start, new JsonObject { [CardInputs.SessionId] = sessionId }, "msg-group-setup"));
        var first = QuestionBank.BuiltIn.Get((await SessionAsync(sessionId)).Questions[0].QuestionId);

        Host.Time.Advance(first.TimeAllowed - TimeSpan.FromSeconds(59));
        Assert.Equal(1, await Host.SweepTimersAsync());
        await Host.InvokeAsync(Invoke(Mentor, CardVerbs.EndInterview, new JsonObject { [CardInputs.SessionId] = sessionId }, "msg-group-setup"));

        Assert.DoesNotContain(Host.Teams.Calls, c => c.Path.Contains("/v1/meetings/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NudgePage_ShowsOnlyItsFixedTexts()
    {
        using var client = Host.CreateClient();
        var page = await client.GetStringAsync("/meeting/nudge.html?say=one-minute-left");

        Assert.Contains("data-say=\"one-minute-left\"", page, StringComparison.Ordinal);
        Assert.Contains("data-say=\"your-questions\"", page, StringComparison.Ordinal);
        Assert.Contains("nudge.js", page, StringComparison.Ordinal);
    }

    private async Task<(string SessionId, Question First)> StartAsync()
    {
        var sessionId = await CreateInMeetingAsync(questions: 2);
        await ClickAsync(Mentor, CardVerbs.Start, sessionId);
        return (sessionId, QuestionBank.BuiltIn.Get((await SessionAsync(sessionId)).Questions[0].QuestionId));
    }

    /// <summary>The request body of the Teams docs' "Targeted meeting notification API": one recipient, a meeting-stage dialog with our page.</summary>
    private static void AssertTargetedNotification(JsonNode body, string recipient, string key, string title)
    {
        Assert.Equal("targetedMeetingNotification", body["type"]!.GetValue<string>());
        Assert.Equal([recipient], body["value"]!["recipients"]!.AsArray().Select(r => r!.GetValue<string>()));
        var surface = Assert.Single(body["value"]!["surfaces"]!.AsArray())!;
        Assert.Equal("meetingStage", surface["surface"]!.GetValue<string>());
        Assert.Equal("task", surface["contentType"]!.GetValue<string>());
        var dialog = surface["content"]!["value"]!;
        Assert.Equal(title, dialog["title"]!.GetValue<string>());
        var url = new Uri(dialog["url"]!.GetValue<string>());
        Assert.Equal("/meeting/nudge.html", url.AbsolutePath);
        Assert.Equal("?say=" + key, url.Query);
        Assert.True(dialog["height"] is not null && dialog["width"] is not null);
    }
}
