using System.Net;
using System.Text.Json.Nodes;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Teams;

/// <summary>
/// Teams refusing the feedback card: the card waits in the outbox, the person is told it is on its
/// way (not that it arrived), and the delivery sweep delivers it exactly once when Teams recovers.
/// </summary>
public sealed class FeedbackDeliveryFailureTests : HostTest
{
    private const string CardId = "msg-solo";

    [Fact]
    public async Task SelfAssessment_FeedbackCardRefusedByTeams_WaitsAndTheSweepDeliversItOnce()
    {
        var sessionId = await SoloToFeedbackAsync();
        var form = Host.Teams.Calls.Last(c => c.Card is not null && CardJson.Verbs(c.Card).Contains(CardVerbs.SubmitSelfAssessment)).Card!;
        var data = CardJson.Data(form, CardVerbs.SubmitSelfAssessment);
        foreach (var competency in Rubric.BuiltIn.General.Select(c => c.Id))
        {
            data[FeedbackInputs.Rating(competency)] = "2";
        }

        var before = Host.Teams.Calls.Count;
        Host.Teams.Failures.Enqueue(HttpStatusCode.InternalServerError);
        var answer = await Host.InvokeAsync(Invoke(Student, CardVerbs.SubmitSelfAssessment, data.DeepClone().AsObject(), "msg-self", "personal"));

        Assert.Contains("on its way", CardJson.Text(answer), StringComparison.Ordinal);
        Assert.DoesNotContain("right below", CardJson.Text(answer), StringComparison.Ordinal);
        Assert.Equal(SessionStage.Completed, (await Host.SessionAsync(sessionId))!.Stage);
        Assert.Single(Host.Teams.Calls.Skip(before), IsReport); // the attempt Teams refused

        Assert.Equal(0, await Host.DeliverWaitingAsync()); // not due yet: the retry waits a few seconds
        Host.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await Host.DeliverWaitingAsync());
        Assert.Equal(0, await Host.DeliverWaitingAsync());
        await Host.InvokeAsync(Invoke(Student, CardVerbs.SubmitSelfAssessment, data.DeepClone().AsObject(), "msg-self", "personal"));

        Assert.Equal(2, Host.Teams.Calls.Skip(before).Count(IsReport)); // the refused attempt and the one delivery, never a third
    }

    private static bool IsReport(CapturedCall call) =>
        call.Method == "POST" && call.ConversationId == PersonalChatId(Student.Id)
        && call.Card is not null && CardJson.Text(call.Card).Contains("Practice complete", StringComparison.Ordinal);

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
