using System.Net;
using System.Text.Json.Nodes;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Teams;

/// <summary>Teams refusing the feedback card: the session is not marked delivered, and trying again delivers it.</summary>
public sealed class FeedbackDeliveryFailureTests : HostTest
{
    private const string CardId = "msg-solo";

    [Fact]
    public async Task SelfAssessment_FeedbackCardRefusedByTeams_StaysUndeliveredAndARetryDelivers()
    {
        var sessionId = await SoloToFeedbackAsync();
        var form = Host.Teams.Calls.Last(c => c.Card is not null && CardJson.Verbs(c.Card).Contains(CardVerbs.SubmitSelfAssessment)).Card!;
        var data = CardJson.Data(form, CardVerbs.SubmitSelfAssessment);
        foreach (var competency in Rubric.BuiltIn.General.Select(c => c.Id))
        {
            data[FeedbackField.Rating(competency)] = "2";
        }

        Host.Teams.Failures.Enqueue(HttpStatusCode.InternalServerError);
        var failed = await Host.InvokeAsync(Invoke(Student, CardVerbs.SubmitSelfAssessment, data.DeepClone().AsObject(), "msg-self", "personal"));

        Assert.Contains("went wrong", CardJson.Text(failed), StringComparison.Ordinal);
        var session = (await Host.SessionAsync(sessionId))!;
        Assert.Equal(SessionStage.AwaitingFeedback, session.Stage);
        Assert.NotNull(session.SelfAssessment);

        var before = Host.Teams.Calls.Count;
        await Host.InvokeAsync(Invoke(Student, CardVerbs.SubmitSelfAssessment, data.DeepClone().AsObject(), "msg-self", "personal"));

        Assert.Equal(SessionStage.Completed, (await Host.SessionAsync(sessionId))!.Stage);
        var retried = Host.Teams.Calls.Skip(before).ToList();
        Assert.Single(retried, c => c.Method == "POST" && c.ConversationId == PersonalChatId(Student.Id)
            && c.Card is not null && CardJson.Text(c.Card).Contains("Practice complete", StringComparison.Ordinal));
    }

    private async Task<string> SoloToFeedbackAsync()
    {
        var created = await Host.InvokeAsync(Invoke(Student, CardVerbs.CreateSession, new JsonObject
        {
            [CardInputs.Format] = nameof(InterviewFormat.SoloPractice),
            [CardInputs.QuestionCount] = "1",
        }, CardId, "personal"));
        var sessionId = CardJson.Data(created, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>();
        foreach (var verb in new[] { CardVerbs.Start, CardVerbs.EndInterview, CardVerbs.OpenFeedback })
        {
            await Host.InvokeAsync(Invoke(Student, verb, new JsonObject { [CardInputs.SessionId] = sessionId }, CardId, "personal"));
        }

        return sessionId;
    }
}
