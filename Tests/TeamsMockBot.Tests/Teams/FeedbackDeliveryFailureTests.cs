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
/// Throttling is retried at one level only: the connector's pipeline, never again above it; in a card
/// click not even there, since the click's answer may not wait (the outbox retries after Retry-After).
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
    public async Task SelfAssessment_FeedbackCardThrottledInTheClick_IsNotWaitedOutAndArrivesFromTheOutboxAfterRetryAfter()
    {
        var (data, before) = await SelfAssessmentReadyAsync();
        var throttled = 0;
        Host.Teams.Throttle = request => request.Method == HttpMethod.Post && Interlocked.Increment(ref throttled) == 1 ? TimeSpan.FromSeconds(3) : null;

        var answer = await Host.InvokeAsync(Invoke(Student, CardVerbs.SubmitSelfAssessment, data, "msg-self", "personal"));

        Assert.Contains("on its way", CardJson.Text(answer), StringComparison.Ordinal); // the click is answered without waiting 3 s
        Assert.Equal([429], Host.Teams.Calls.Skip(before).Where(IsReport).Select(c => c.StatusCode)); // one call, not retried in the turn
        Host.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(0, await Host.DeliverWaitingAsync()); // Teams said 3 s
        Host.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await Host.DeliverWaitingAsync());
        Host.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await Host.DeliverWaitingAsync()); // nothing left waiting, nothing sent twice
        Assert.Equal([429, 200], Host.Teams.Calls.Skip(before).Where(IsReport).Select(c => c.StatusCode));
    }

    [Fact]
    public async Task SelfAssessment_TeamsThrottlesEveryCallOfTheClick_EachIsTriedOnceInTheTurnThenBothArriveFromTheOutbox()
    {
        var (data, before) = await SelfAssessmentReadyAsync();
        for (var i = 0; i < 20; i++)
        {
            Host.Teams.Failures.Enqueue(HttpStatusCode.TooManyRequests); // as good as forever for this turn
        }

        var answer = await Host.InvokeAsync(Invoke(Student, CardVerbs.SubmitSelfAssessment, data, "msg-self", "personal"));

        Assert.Contains("on its way", CardJson.Text(answer), StringComparison.Ordinal);
        var calls = Host.Teams.Calls.Skip(before).ToList();
        Assert.Single(calls, IsReport); // a card click waits for no Retry-After: the outbox does
        Assert.Single(calls, c => c.Method == "PUT"); // the session card's update after it: the same, once
        Assert.Equal(2, calls.Count);

        Host.Teams.Failures.Clear(); // Teams recovers
        Assert.Equal(0, await Host.DeliverWaitingAsync()); // the outbox waits before its next attempt
        Host.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, await Host.DeliverWaitingAsync()); // the report and the card update both waited there
        Assert.Equal(2, Host.Teams.Calls.Skip(before).Count(IsReport));
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
