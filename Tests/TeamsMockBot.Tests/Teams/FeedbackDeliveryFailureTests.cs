using System.Net;
using System.Text.Json.Nodes;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Teams;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Teams;

/// <summary>
/// Teams refusing the feedback card: the card waits in the outbox, the person is told it is on its
/// way (not that it arrived), and the delivery sweep delivers it exactly once when Teams recovers.
/// Throttling is retried at one level only: the connector's pipeline, never again above it.
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

    [Fact]
    public async Task SelfAssessment_FeedbackCardThrottledTwice_LandsOnTheThirdCallAndNothingWaits()
    {
        var (data, before) = await SelfAssessmentReadyAsync();
        Host.Teams.Failures.Enqueue(HttpStatusCode.TooManyRequests);
        Host.Teams.Failures.Enqueue(HttpStatusCode.TooManyRequests);

        var answer = await Host.InvokeAsync(Invoke(Student, CardVerbs.SubmitSelfAssessment, data, "msg-self", "personal"));

        Assert.Contains("right below", CardJson.Text(answer), StringComparison.Ordinal);
        Assert.Equal(3, Host.Teams.Calls.Skip(before).Count(IsReport)); // 429, 429, 200 within the one pipeline
        Host.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await Host.DeliverWaitingAsync()); // nothing left waiting, nothing sent twice
        Assert.Equal(3, Host.Teams.Calls.Skip(before).Count(IsReport));
    }

    [Fact]
    public async Task SelfAssessment_FeedbackCardThrottledThroughEveryRetry_MakesMaxRetriesPlusOneCallsThenWaitsInTheOutbox()
    {
        var maxRetries = new TeamsOptions().MaxRetries;
        var (data, before) = await SelfAssessmentReadyAsync();
        for (var i = 0; i < 20; i++)
        {
            Host.Teams.Failures.Enqueue(HttpStatusCode.TooManyRequests); // as good as forever for this turn
        }

        var answer = await Host.InvokeAsync(Invoke(Student, CardVerbs.SubmitSelfAssessment, data, "msg-self", "personal"));

        Assert.Contains("on its way", CardJson.Text(answer), StringComparison.Ordinal);
        var calls = Host.Teams.Calls.Skip(before).ToList();
        Assert.Equal(maxRetries + 1, calls.Count(IsReport));
        Assert.Equal(maxRetries + 1, calls.Count(c => c.Method == "PUT")); // the session card's update after it: the same, once
        Assert.Equal(2 * (maxRetries + 1), calls.Count);

        Host.Teams.Failures.Clear(); // Teams recovers
        Assert.Equal(0, await Host.DeliverWaitingAsync()); // the outbox waits before its next attempt
        Host.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, await Host.DeliverWaitingAsync()); // the report and the card update both waited there
        Assert.Equal(maxRetries + 2, Host.Teams.Calls.Skip(before).Count(IsReport));
    }

    /// <summary>A solo practice at its self-assessment form, filled in; and how many Teams calls had been made by then.</summary>
    private async Task<(JsonObject Data, int CallsBefore)> SelfAssessmentReadyAsync()
    {
        await SoloToFeedbackAsync();
        var form = Host.Teams.Calls.Last(c => c.Card is not null && CardJson.Verbs(c.Card).Contains(CardVerbs.SubmitSelfAssessment)).Card!;
        var data = CardJson.Data(form, CardVerbs.SubmitSelfAssessment);
        foreach (var competency in Rubric.BuiltIn.General.Select(c => c.Id))
        {
            data[FeedbackInputs.Rating(competency)] = "2";
        }

        return (data.DeepClone().AsObject(), Host.Teams.Calls.Count);
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
