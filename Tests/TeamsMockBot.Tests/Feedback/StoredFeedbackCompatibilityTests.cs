using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsMockBot.Application.Feedback;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Storage;
using TeamsMockBot.Tests.Infrastructure;

namespace TeamsMockBot.Tests.Feedback;

/// <summary>
/// Sessions stored before "not observed", step dates, steps done and sharing existed read at the
/// same schema version: every step is "before the next mock", nothing is done or shared, and the
/// feedback card renders from them.
/// </summary>
public sealed class StoredFeedbackCompatibilityTests : HostTest
{
    private static readonly byte[] StoredBefore =
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", "session-stored-v1.json"));

    private static MockSession Read() => DocumentSerializer.Default.Deserialize<MockSession>(DocumentKeys.Session("s-stored-v1"), StoredBefore);

    [Fact]
    public void Read_SessionStoredBeforeTheActionPlanFields_HasUndatedOpenStepsAndNoShares()
    {
        var stored = JsonNode.Parse(StoredBefore)!;
        Assert.Null(stored["stepsDone"] ?? stored["sharedWithStaff"] ?? stored["feedback"]!["notObserved"] ?? stored["feedback"]!["actionDue"]);

        var session = Read();

        Assert.Empty(session.Feedback!.NotObserved);
        Assert.Empty(session.Feedback.ActionDue);
        Assert.Empty(session.StepsDone);
        Assert.Empty(session.SharedWithStaff);
        Assert.Equal(["Rehearse two STAR stories aloud.", "Quantify every result."], session.ActionSteps().Select(s => s.Text));
        Assert.All(session.ActionSteps(), s => Assert.Null(s.Due));
        Assert.Equal(2.9, session.Feedback.OverallScore);
    }

    [Fact]
    public void Report_SessionStoredBeforeTheActionPlanFields_ShowsEachStepBeforeTheNextMock()
    {
        var session = Read() with { Stage = SessionStage.Completed };

        var card = CardJson.Text(Host.Services.GetRequiredService<FeedbackReportView>().ForStudent(session, partner: null).ToJsonNode());

        Assert.Contains("Rehearse two STAR stories aloud.", card, StringComparison.Ordinal);
        Assert.Equal(2, card.Split("Before the next mock").Length - 1);
    }
}
