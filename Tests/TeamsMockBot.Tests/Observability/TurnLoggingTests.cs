using System.Text.Json.Nodes;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Teams;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Observability;

/// <summary>Every log line written while a turn is handled carries its activity, conversation and session ids.</summary>
public sealed class TurnLoggingTests : HostTest
{
    private const string CardId = "msg-obs-solo";

    [Fact]
    public async Task HelpMessage_LogLinesOfTheTurn_CarryActivityAndConversationIds()
    {
        var message = PersonalMessage(Student, "help");
        var activityId = message["id"]!.GetValue<string>();

        using var response = await Host.PostActivityAsync(message);

        Assert.Equal(200, (int)response.StatusCode);
        var records = Host.Logs.GetSnapshot();
        var command = Assert.Single(records, r => r.Category == typeof(MockInterviewBot).FullName && r.Message.StartsWith("Command Help", StringComparison.Ordinal));
        Assert.Equal(activityId, LogScopes.Text(command, "ActivityId"));
        Assert.Equal(PersonalChatId(Student.Id), LogScopes.Text(command, "ConversationId"));
        Assert.Null(LogScopes.Text(command, "SessionId"));

        // Lines written by other components during the turn — here the HttpClient sending the reply to Teams — carry them too.
        Assert.Contains(records, r => (r.Category ?? string.Empty).StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal)
            && LogScopes.Text(r, "ActivityId") == activityId && LogScopes.Text(r, "ConversationId") == PersonalChatId(Student.Id));
    }

    [Fact]
    public async Task CardInvoke_LogLinesOfTheTurn_CarryTheSessionId()
    {
        var sessionId = await CreateSoloAsync();
        var click = Invoke(Student, CardVerbs.Start, new JsonObject { [CardInputs.SessionId] = sessionId }, CardId, "personal");
        var activityId = click["id"]!.GetValue<string>();

        await Host.InvokeAsync(click);

        var turnLines = Host.Logs.GetSnapshot().Where(r => LogScopes.Text(r, "ActivityId") == activityId).ToList();
        Assert.Contains(turnLines, r => r.Category == typeof(MockInterviewBot).FullName && r.Message.StartsWith("Card action session.start", StringComparison.Ordinal));
        Assert.Contains(turnLines, r => (r.Category ?? string.Empty).StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal));
        Assert.All(turnLines, r =>
        {
            Assert.Equal(sessionId, LogScopes.Text(r, "SessionId"));
            Assert.Equal(PersonalChatId(Student.Id), LogScopes.Text(r, "ConversationId"));
        });
        Assert.Equal(SessionStage.Interviewing, (await Host.SessionAsync(sessionId))!.Stage);
    }

    [Fact]
    public async Task CardInvoke_RefusedForUnknownSession_WarningCarriesTheIds()
    {
        var click = Invoke(Student, CardVerbs.Start, new JsonObject { [CardInputs.SessionId] = "no-such-session" }, CardId, "personal");
        var activityId = click["id"]!.GetValue<string>();

        await Host.InvokeAsync(click);

        var refusal = Assert.Single(Host.Logs.GetSnapshot(), r => r.Message.StartsWith("Turn failed (expected)", StringComparison.Ordinal) && LogScopes.Text(r, "ActivityId") == activityId);
        Assert.Equal("no-such-session", LogScopes.Text(refusal, "SessionId"));
        Assert.Equal(PersonalChatId(Student.Id), LogScopes.Text(refusal, "ConversationId"));
    }

    private async Task<string> CreateSoloAsync()
    {
        var data = new JsonObject
        {
            [CardInputs.Track] = nameof(Domain.Questions.Track.Behavioral),
            [CardInputs.Format] = nameof(InterviewFormat.SoloPractice),
            [CardInputs.QuestionCount] = "2",
        };
        var card = await Host.InvokeAsync(Invoke(Student, CardVerbs.CreateSession, data, CardId, "personal"));
        return CardJson.Data(card, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>();
    }
}
