using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Observability;
using TeamsMockBot.Tests.Infrastructure;
using Xunit.Abstractions;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Storage;

/// <summary>
/// Store calls per turn are a cost (a blob round trip each in Azure): a card click and a feedback
/// delivery stay within a small budget, printed so a change shows up in the test output.
/// </summary>
public sealed class StoreCallBudgetTests(ITestOutputHelper output) : HostTest
{
    private const string CardId = "msg-budget";

    [Fact]
    public async Task CardAction_AddMinute_ReadsTheSessionItsTimerAndTheCardLocationOnly()
    {
        Host.Teams.Roster.Add(Mentor);
        Host.Teams.Roster.Add(Student);
        var sessionId = await StartMentorLedAsync();

        var (reads, writes) = await CountAsync(() => Host.InvokeAsync(Invoke(Mentor, CardVerbs.AddMinute,
            new JsonObject { [CardInputs.SessionId] = sessionId, [CardInputs.QuestionNumber] = 1 }, CardId)));

        output.WriteLine($"+1 min card action: {reads} store reads, {writes} writes");
        // The session and its timer (3 reads, 2 writes), plus the shared card's update through durable
        // delivery so Teams' rate limits can hold it back without losing it: recorded already claimed
        // (1 write), the card's location (1 read), done (1 delete).
        Assert.InRange(reads, 1, 4);
        Assert.InRange(writes, 1, 4);
    }

    [Fact]
    public async Task FeedbackDelivery_SelfAssessmentThatCompletesTheSession_StaysWithinBudget()
    {
        Host.Teams.Roster.Add(Mentor);
        Host.Teams.Roster.Add(Student);
        var driver = new MockDriver(Host);
        var sessionId = await driver.MentorLedToFeedbackAsync(Mentor, Student, CardId);
        await driver.SubmitFeedbackAsync(Mentor, sessionId);

        var (reads, writes) = await CountAsync(() => driver.SubmitSelfAssessmentAsync(Student, sessionId));

        output.WriteLine($"self-assessment that delivers the feedback card: {reads} store reads, {writes} writes");
        Assert.Equal(SessionStage.Completed, (await Host.SessionAsync(sessionId))!.Stage);
        Assert.InRange(reads, 1, 16);
    }

    private async Task<string> StartMentorLedAsync()
    {
        var card = await Host.InvokeAsync(Invoke(Mentor, CardVerbs.CreateSession, new JsonObject
        {
            [CardInputs.Candidate] = Student.Id,
            [CardInputs.Track] = nameof(Track.Behavioral),
            [CardInputs.Format] = nameof(InterviewFormat.MentorLed),
            [CardInputs.QuestionCount] = "2",
        }, CardId));
        var sessionId = CardJson.Data(card, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>();
        await Host.InvokeAsync(Invoke(Mentor, CardVerbs.Start, new JsonObject { [CardInputs.SessionId] = sessionId }, CardId));
        return sessionId;
    }

    private async Task<(int Reads, int Writes)> CountAsync(Func<Task> turn)
    {
        using var operations = new MetricCollector<long>(Host.Services.GetRequiredService<IMeterFactory>(), Telemetry.Name, Telemetry.StoreOperationsCounter);
        await turn();
        var seen = operations.GetMeasurementSnapshot().Select(m => (string)m.Tags["teamsmockbot.store.operation"]!).ToList();
        return (seen.Count(o => o is "read" or "list"), seen.Count(o => o is "create" or "replace" or "delete"));
    }
}
