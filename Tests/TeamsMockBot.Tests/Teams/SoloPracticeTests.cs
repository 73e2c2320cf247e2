using System.Text.Json.Nodes;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Teams;

/// <summary>Solo practice in the student's personal chat: the bot asks and times, the student self-assesses.</summary>
public sealed class SoloPracticeTests : HostTest
{
    private const string CardId = "msg-solo";

    [Fact]
    public async Task SoloPractice_WholeSession_StudentGetsFeedbackCardWithOwnRatings()
    {
        var sessionId = await StartSoloAsync(questions: 2);
        await ClickAsync(CardVerbs.Start, sessionId);
        await ClickAsync(CardVerbs.Next, sessionId, 1);
        await ClickAsync(CardVerbs.Skip, sessionId, 2);
        await ClickAsync(CardVerbs.OpenFeedback, sessionId);

        var selfForm = Host.Teams.Calls.Last(c => c.ConversationId == PersonalChatId(Student.Id) && c.Method == "POST").Card!;
        Assert.Contains(CardVerbs.SubmitSelfAssessment, CardJson.Verbs(selfForm));
        Assert.DoesNotContain(CardVerbs.SubmitFeedback, CardJson.Verbs(selfForm));

        var data = new JsonObject { [CardInputs.SessionId] = sessionId, [CardInputs.SubmissionId] = CardJson.Data(selfForm, CardVerbs.SubmitSelfAssessment)[CardInputs.SubmissionId]!.DeepClone() };
        foreach (var competency in Rubric.BuiltIn.General.Select(c => c.Id))
        {
            data[FeedbackInputs.Rating(competency)] = competency == "Results" ? "2" : "4";
        }

        await Host.InvokeAsync(Invoke(Student, CardVerbs.SubmitSelfAssessment, data, "msg-self", "personal"));

        var session = (await Host.SessionAsync(sessionId))!;
        Assert.Equal(SessionStage.Completed, session.Stage);
        Assert.Equal(1, session.Questions.Count(q => q.Outcome == QuestionOutcome.Asked));
        Assert.Equal(1, session.Questions.Count(q => q.Outcome == QuestionOutcome.Skipped));
        var report = Host.Teams.Calls.Last(c => c.ConversationId == PersonalChatId(Student.Id) && c.Method == "POST");
        Assert.Contains(Rubric.BuiltIn.Find("Results")!.Title, CardJson.Text(report.Card!));
    }

    [Fact]
    public async Task History_AfterTwoSessions_ListsBothAndPlansNoRepeatedQuestion()
    {
        var first = await StartSoloAsync(questions: 4, cardId: "msg-solo-1");
        var second = await StartSoloAsync(questions: 4, cardId: "msg-solo-2");
        var asked1 = (await Host.SessionAsync(first))!.Questions.Select(q => q.QuestionId);
        var asked2 = (await Host.SessionAsync(second))!.Questions.Select(q => q.QuestionId);
        Assert.Empty(asked1.Intersect(asked2));

        Host.Teams.Clear();
        using var response = await Host.PostActivityAsync(PersonalMessage(Student, "history"));
        var history = Assert.Single(Host.Teams.Calls).Card!;
        var mentionsOfFocus = CardJson.Text(history).Split("teamwork", StringSplitOptions.None).Length - 1;
        Assert.True(mentionsOfFocus >= 2, $"Expected both sessions in the history card, found the focus {mentionsOfFocus} time(s).");
    }

    private async Task<string> StartSoloAsync(int questions, string cardId = CardId)
    {
        var data = new JsonObject
        {
            [CardInputs.Track] = nameof(Track.Behavioral),
            [CardInputs.Focus] = "teamwork",
            [CardInputs.Format] = nameof(InterviewFormat.SoloPractice),
            [CardInputs.Length] = "30",
            [CardInputs.QuestionCount] = questions.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var card = await Host.InvokeAsync(Invoke(Student, CardVerbs.CreateSession, data, cardId, "personal"));
        return CardJson.Data(card, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>();
    }

    private Task<JsonNode> ClickAsync(string verb, string sessionId, int? q = null)
    {
        var data = new JsonObject { [CardInputs.SessionId] = sessionId };
        if (q is not null)
        {
            data[CardInputs.QuestionNumber] = q;
        }

        return Host.InvokeAsync(Invoke(Student, verb, data, CardId, "personal"));
    }
}
