using Microsoft.Extensions.DependencyInjection;
using TeamsMockBot.Application.Conversations;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Meeting;

/// <summary>meetingStart and meetingEnd posted to /api/messages as Teams sends them, with the meeting APIs answered by the captured connector.</summary>
public sealed class MeetingLifecycleTests : MeetingChatTest
{
    [Fact]
    public async Task MeetingStart_ReadySession_PostsItsReadyCardWhichBecomesTheSharedCard()
    {
        var sessionId = await CreateInMeetingAsync(questions: 2);
        Host.Teams.Clear();

        var start = MeetingStart(MeetingStartsAt, from: Bystander);
        await PostAsync(start);

        var posted = Assert.Single(PostsIn(MeetingChatId));
        var card = posted.Card!;
        Assert.Equal(sessionId, card["refresh"]!["action"]!["data"]![CardInputs.SessionId]!.GetValue<string>());
        Assert.Contains(Mentor.Name, CardJson.Text(card));
        Assert.Contains(Student.Name, CardJson.Text(card));
        Assert.Contains($"When {Mentor.Name} presses Start", CardJson.Text(card));
        Assert.Contains("Questions", CardJson.Text(card)); // the plan

        // Everyone sees it; Teams refreshes it for the interviewer alone, whose view has Start.
        Assert.Equal([Mentor.Id], card["refresh"]!["userIds"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.DoesNotContain(CardVerbs.Start, CardJson.Verbs(card));
        Assert.Contains(CardVerbs.Start, CardJson.Verbs(await ClickAsync(Mentor, CardVerbs.Refresh, sessionId, cardId: "msg-posted")));
        Assert.Equal(MeetingStartsAt, (await SessionAsync(sessionId)).MeetingStartedAt);

        // Teams sends the same event again: nothing more is posted.
        await PostAsync(start);
        Assert.Single(PostsIn(MeetingChatId));

        // The posted card is now the session's card: Start on it, and the timer updates it in place.
        var location = await Host.Services.GetRequiredService<IConversationDirectory>().FindSessionCardAsync(sessionId, CancellationToken.None);
        var postedId = location!.MessageId;
        Assert.NotEqual(SetupCardId, postedId);
        await ClickAsync(Mentor, CardVerbs.Start, sessionId, cardId: postedId);
        var first = QuestionBank.BuiltIn.Get((await SessionAsync(sessionId)).Questions[0].QuestionId);
        Host.Time.Advance(first.TimeAllowed / 2);
        Host.Teams.Clear();
        Assert.Equal(1, await Host.SweepTimersAsync());
        var update = Assert.Single(Host.Teams.Calls, c => c.Method == "PUT");
        Assert.EndsWith("/activities/" + postedId, update.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeetingStart_PostRefused_IsPostedWhenTeamsSendsTheStartAgain()
    {
        var sessionId = await CreateInMeetingAsync();
        Host.Teams.Clear();
        Host.Teams.Failures.Enqueue(System.Net.HttpStatusCode.Forbidden); // the card's post is refused once
        var start = MeetingStart(MeetingStartsAt);

        using (await Host.PostActivityAsync(start))
        {
        }

        Assert.Equal(403, Assert.Single(PostsIn(MeetingChatId)).StatusCode);
        Assert.Null((await SessionAsync(sessionId)).MeetingStartedAt); // not counted as announced: nobody saw it
        await PostAsync(start); // Teams delivers the start again

        Assert.Single(PostsIn(MeetingChatId), c => c.Accepted);
        Assert.Equal(MeetingStartsAt, (await SessionAsync(sessionId)).MeetingStartedAt);
    }

    [Fact]
    public async Task MeetingStart_NoSession_OffersTheSetupCardWithTheOrganizerAsInterviewer()
    {
        // The event comes from someone who is not the organizer: the organizer is read from the meeting API.
        await PostAsync(MeetingStart(MeetingStartsAt, from: Bystander));

        Assert.Single(MeetingApiCalls("GET", "/v1/meetings/" + Uri.EscapeDataString(MeetingId)));
        var offer = Assert.Single(PostsIn(MeetingChatId)).Card!;
        Assert.Contains(CardVerbs.CreateSession, CardJson.Verbs(offer));
        Assert.Contains(Mentor.Name + ", choose who you're interviewing", CardJson.Text(offer));
        var candidates = CandidateChoices(offer);
        Assert.Contains(Student.Id, candidates);
        Assert.DoesNotContain(Mentor.Id, candidates);
    }

    [Fact]
    public async Task MeetingStart_MeetingApiRefuses_OffersTheSetupCardToTheEventsSender()
    {
        var start = MeetingStart(MeetingStartsAt, from: Bystander);
        start["channelData"]!["meeting"]!["id"] = "MCMxOTptZWV0aW5nX3Vua25vd24jMA=="; // a meeting Teams answers 404 for

        await PostAsync(start);

        var offer = Assert.Single(PostsIn(MeetingChatId)).Card!;
        Assert.Contains(Bystander.Name + ", choose who you're interviewing", CardJson.Text(offer));
        Assert.Contains(Host.Logs.GetSnapshot(), r => r.Message.Contains("Could not read the organizer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MeetingStart_LastSessionCompleted_OffersTheNextOne()
    {
        var sessionId = await CreateInMeetingAsync(questions: 1);
        await ClickAsync(Mentor, CardVerbs.Start, sessionId);
        await PostAsync(MeetingEnd(MeetingStartsAt.AddMinutes(40)));
        await new MockDriver(Host).SubmitFeedbackAsync(Mentor, sessionId);
        await new MockDriver(Host).SubmitSelfAssessmentAsync(Student, sessionId);
        Assert.Equal(SessionStage.Completed, (await SessionAsync(sessionId)).Stage);
        Host.Teams.Clear();

        await PostAsync(MeetingStart(MeetingStartsAt.AddDays(7)));

        Assert.Contains(CardVerbs.CreateSession, CardJson.Verbs(Assert.Single(PostsIn(MeetingChatId)).Card!));
    }

    [Fact]
    public async Task MeetingEnd_RunningInterview_OpensFeedbackAndSendsBothForms()
    {
        var sessionId = await CreateInMeetingAsync(questions: 2);
        await ClickAsync(Mentor, CardVerbs.Start, sessionId);
        Host.Teams.Clear();

        await PostAsync(MeetingEnd(MeetingStartsAt.AddMinutes(45)));

        var session = await SessionAsync(sessionId);
        Assert.Equal(SessionStage.AwaitingFeedback, session.Stage);
        Assert.Equal(QuestionOutcome.Asked, session.Questions[0].Outcome);
        Assert.Contains(CardVerbs.SubmitFeedback, CardJson.Verbs(Assert.Single(PostsIn(PersonalChatId(Mentor.Id))).Card!));
        Assert.Contains(CardVerbs.SubmitSelfAssessment, CardJson.Verbs(Assert.Single(PostsIn(PersonalChatId(Student.Id))).Card!));
        Assert.Contains(Host.Teams.Calls, c => c.Method == "PUT" && c.Path.EndsWith("/activities/" + SetupCardId, StringComparison.Ordinal));
        Assert.Empty(PostsIn(MeetingChatId)); // nothing new in the meeting chat: its card changed in place

        // The end arrives again: no second pair of forms.
        await PostAsync(MeetingEnd(MeetingStartsAt.AddMinutes(45)));
        Assert.Single(PostsIn(PersonalChatId(Mentor.Id)));
        Assert.Single(PostsIn(PersonalChatId(Student.Id)));
    }

    [Fact]
    public async Task MeetingEnd_SessionNotStarted_LeavesItReady()
    {
        var sessionId = await CreateInMeetingAsync();
        Host.Teams.Clear();

        await PostAsync(MeetingEnd(MeetingStartsAt.AddMinutes(5)));

        Assert.Equal(SessionStage.Ready, (await SessionAsync(sessionId)).Stage);
        Assert.DoesNotContain(Host.Teams.Calls, c => c.Method is "POST" or "PUT");
    }

    [Fact]
    public async Task MeetingEnd_ChatWithoutSession_IsANoOpWithALogLine()
    {
        await PostAsync(MeetingEnd(MeetingStartsAt.AddMinutes(5)));

        Assert.DoesNotContain(Host.Teams.Calls, c => c.Method is "POST" or "PUT");
        Assert.Contains(Host.Logs.GetSnapshot(), r => r.Message.Contains("has no session; nothing to close", StringComparison.Ordinal));
    }

    private static List<string> CandidateChoices(System.Text.Json.Nodes.JsonNode card) =>
        Find(card, CardInputs.Candidate)?["choices"]?.AsArray().Select(c => c!["value"]!.GetValue<string>()).ToList() ?? [];

    private static System.Text.Json.Nodes.JsonObject? Find(System.Text.Json.Nodes.JsonNode? node, string id) => node switch
    {
        System.Text.Json.Nodes.JsonObject o when o["id"]?.GetValue<string>() == id => o,
        System.Text.Json.Nodes.JsonObject o => o.Select(p => Find(p.Value, id)).FirstOrDefault(f => f is not null),
        System.Text.Json.Nodes.JsonArray a => a.Select(c => Find(c, id)).FirstOrDefault(f => f is not null),
        _ => null,
    };
}
