using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Sessions;

/// <summary>
/// Closing an interview nobody ended (the meeting ended, or it ran past its planned length): the
/// session reaches the feedback step exactly as "End interview" + "Open feedback" bring it there.
/// Sessions are made and driven through card invokes in a group chat, as Teams would.
/// </summary>
public sealed class CloseInterviewTests : HostTest
{
    private const string SetupCardId = "msg-setup-card";

    private CloseInterview Close => Host.Services.GetRequiredService<CloseInterview>();

    public override Task InitializeAsync()
    {
        Host.Teams.Roster.Add(Mentor);
        Host.Teams.Roster.Add(Student);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task CloseAsync_RunningInterview_OpensFeedbackAndSendsEachPersonTheirFormOnce()
    {
        var sessionId = await CreateAsync();
        await ClickAsync(CardVerbs.Start, sessionId);

        var closed = await Close.CloseAsync(sessionId, "meeting ended", CancellationToken.None);
        var again = await Close.CloseAsync(sessionId, "overdue", CancellationToken.None);

        Assert.NotNull(closed);
        Assert.Null(again);
        var stored = (await Host.SessionAsync(sessionId))!;
        Assert.Equal(SessionStage.AwaitingFeedback, stored.Stage);
        Assert.Equal(QuestionOutcome.Asked, stored.Questions[0].Outcome);
        Assert.NotNull(stored.InterviewEndedAt);
        Assert.Single(FormsIn(PersonalChatId(Mentor.Id), CardVerbs.SubmitFeedback));
        Assert.Single(FormsIn(PersonalChatId(Student.Id), CardVerbs.SubmitSelfAssessment));
        var sharedUpdate = Host.Teams.Calls.Last(c => c.Method == "PUT" && c.ConversationId == GroupChatId);
        Assert.DoesNotContain(CardVerbs.Next, CardJson.Verbs(sharedUpdate.Card!));
    }

    [Fact]
    public async Task CloseAsync_AfterTheInterviewerOpenedFeedback_SendsNoSecondForm()
    {
        var sessionId = await CreateAsync();
        await ClickAsync(CardVerbs.Start, sessionId);
        await ClickAsync(CardVerbs.EndInterview, sessionId);
        await ClickAsync(CardVerbs.OpenFeedback, sessionId);

        Assert.Null(await Close.CloseAsync(sessionId, "meeting ended", CancellationToken.None));
        Assert.Single(FormsIn(PersonalChatId(Mentor.Id), CardVerbs.SubmitFeedback));
    }

    [Fact]
    public async Task CloseAsync_DuringTheCandidatesQuestions_OpensFeedback()
    {
        var sessionId = await CreateAsync();
        await ClickAsync(CardVerbs.Start, sessionId);
        await ClickAsync(CardVerbs.EndInterview, sessionId);

        Assert.NotNull(await Close.CloseAsync(sessionId, "meeting ended", CancellationToken.None));
        Assert.Equal(SessionStage.AwaitingFeedback, (await Host.SessionAsync(sessionId))!.Stage);
        Assert.Single(FormsIn(PersonalChatId(Student.Id), CardVerbs.SubmitSelfAssessment));
    }

    [Fact]
    public async Task CloseAsync_NotStartedOrUnknown_ChangesNothing()
    {
        var sessionId = await CreateAsync();
        Host.Teams.Clear();

        Assert.Null(await Close.CloseAsync(sessionId, "meeting ended", CancellationToken.None));
        Assert.Null(await Close.CloseAsync("no-such-session", "meeting ended", CancellationToken.None));
        Assert.Equal(SessionStage.Ready, (await Host.SessionAsync(sessionId))!.Stage);
        Assert.Empty(Host.Teams.Calls);
    }

    private List<CapturedCall> FormsIn(string conversationId, string verb) =>
        Host.Teams.Calls.Where(c => c.Accepted && c.ConversationId == conversationId && c.Card is not null && CardJson.Verbs(c.Card).Contains(verb)).ToList();

    private async Task<string> CreateAsync()
    {
        var data = new JsonObject
        {
            [CardInputs.Candidate] = Student.Id,
            [CardInputs.Track] = nameof(Track.Behavioral),
            [CardInputs.Format] = nameof(InterviewFormat.MentorLed),
            [CardInputs.QuestionCount] = "2",
        };
        var card = await Host.InvokeAsync(Invoke(Mentor, CardVerbs.CreateSession, data, SetupCardId));
        return CardJson.Data(card, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>();
    }

    private Task<JsonNode> ClickAsync(string verb, string sessionId) =>
        Host.InvokeAsync(Invoke(Mentor, verb, new JsonObject { [CardInputs.SessionId] = sessionId, [CardInputs.QuestionNumber] = "1" }, SetupCardId));
}
