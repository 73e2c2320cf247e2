using System.Text.Json.Nodes;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Delivery;

/// <summary>
/// Issue 8 part 3 with real processes: Teams refuses the candidate's (or both people's) personal
/// chat while a card is due, the bot is killed with SIGKILL, a new bot process starts on the same
/// data folder, Teams recovers — and each card arrives exactly once. The bot is the built
/// TeamsMockBot.dll; Teams is <see cref="FakeBotConnector"/>, a real HTTP server on 127.0.0.1. Real
/// time runs here (another process cannot share a fake clock), so the sweep runs every second and
/// every wait is bounded.
/// </summary>
public sealed class DurableDeliveryAcrossRestartTests : IAsyncLifetime
{
    private const string CardId = "msg-setup-card";

    private static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(20);

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Delivery__SweepInterval"] = "00:00:01",
        ["Delivery__FirstRetryDelay"] = "00:00:01",
        ["Delivery__MaxRetryDelay"] = "00:00:02",
        ["Delivery__ClaimLease"] = "00:00:05", // a process killed mid-send holds its claim this long at most
        ["Teams__RetryDelay"] = "00:00:00",
        ["Teams__MaxRetryDelay"] = "00:00:00", // with the short lease: a send may not outlive its claim
        ["Teams__MaxThrottleWait"] = "00:00:00", // nor wait for the rate limiter
        ["Timers__Enabled"] = "false",
        ["Privacy__RetentionSweepEnabled"] = "false",
        ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
        ["Logging__LogLevel__System.Net.Http"] = "Warning",
    };

    private static readonly string Strengths = MockDriver.FeedbackFields()[FeedbackInputs.Strengths]!.GetValue<string>();

    private RestartableBot _bot = null!;

    private FakeBotConnector Teams => _bot.Teams;

    public async Task InitializeAsync() => _bot = await RestartableBot.CreateAsync("restart");

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task FeedbackReport_RefusedThenBotKilledAndRestarted_ArrivesExactlyOnceWhenTeamsRecovers()
    {
        var first = await StartBotAsync("report-1");
        var sessionId = await ToFeedbackStepAsync(first);
        await first.InvokeAsync(Invoke(Mentor, CardVerbs.OpenFeedback, SessionData(sessionId), CardId));
        // The forms go out from the turn, or from the sweep if it claimed one first: both must be in before Teams starts refusing.
        await WaitAsync(calls => calls.Any(c => InterviewerForm(c) && c.Accepted) && calls.Any(c => SelfAssessment(c) && c.Accepted), "both forms to arrive");

        Teams.Refuse(PersonalChatId(Student.Id));
        await SubmitAsync(first, Mentor, CardVerbs.SubmitFeedback, sessionId, MockDriver.FeedbackFields());
        var answer = await SubmitAsync(first, Student, CardVerbs.SubmitSelfAssessment, sessionId, MockDriver.Ratings());

        Assert.Contains("on its way", CardJson.Text(answer), StringComparison.Ordinal);
        // Tried at once by the turn, or by the sweep if it claimed the report between recording and sending.
        await WaitAsync(calls => calls.Any(c => IsReport(c) && !c.Accepted), "the report to be tried and refused");
        Assert.DoesNotContain(Teams.Calls, c => IsReport(c) && c.Accepted);

        await first.KillAsync();
        var refused = Teams.Calls.Count(c => IsReport(c) && !c.Accepted);
        await StartBotAsync("report-2");
        await WaitAsync(calls => calls.Count(c => IsReport(c) && !c.Accepted) > refused, "the restarted bot to try the report while Teams still refuses");
        Teams.Accept(PersonalChatId(Student.Id));
        await WaitAsync(calls => calls.Any(c => IsReport(c) && c.Accepted), "the report to be accepted");
        await Task.Delay(SweepInterval * 3); // a few more sweeps: nothing else may go out

        Assert.Single(Teams.Calls, c => IsReport(c) && c.Accepted);
        Assert.Empty(PendingMessages());
    }

    [Fact]
    public async Task FeedbackForms_RefusedThenBotKilledAndRestarted_EachArrivesExactlyOnceWhenTeamsRecovers()
    {
        var first = await StartBotAsync("forms-1");
        var sessionId = await ToFeedbackStepAsync(first);
        Teams.Refuse(PersonalChatId(Mentor.Id));
        Teams.Refuse(PersonalChatId(Student.Id));

        await first.InvokeAsync(Invoke(Mentor, CardVerbs.OpenFeedback, SessionData(sessionId), CardId));

        // Tried at once by the turn, or by the sweep if it claimed a form between recording and sending.
        await WaitAsync(calls => calls.Any(c => InterviewerForm(c) && !c.Accepted) && calls.Any(c => SelfAssessment(c) && !c.Accepted), "both forms to be tried and refused");
        Assert.DoesNotContain(Teams.Calls, c => (InterviewerForm(c) || SelfAssessment(c)) && c.Accepted);

        await first.KillAsync();
        var refusedForms = Teams.Calls.Count(c => InterviewerForm(c) && !c.Accepted);
        var refusedSelf = Teams.Calls.Count(c => SelfAssessment(c) && !c.Accepted);
        var second = await StartBotAsync("forms-2");
        await WaitAsync(
            calls => calls.Count(c => InterviewerForm(c) && !c.Accepted) > refusedForms && calls.Count(c => SelfAssessment(c) && !c.Accepted) > refusedSelf,
            "the restarted bot to try both forms while Teams still refuses");
        Teams.Accept(PersonalChatId(Mentor.Id));
        Teams.Accept(PersonalChatId(Student.Id));
        await WaitAsync(calls => calls.Any(c => InterviewerForm(c) && c.Accepted) && calls.Any(c => SelfAssessment(c) && c.Accepted), "both forms to be accepted");
        await Task.Delay(SweepInterval * 3);

        Assert.Single(Teams.Calls, c => InterviewerForm(c) && c.Accepted);
        Assert.Single(Teams.Calls, c => SelfAssessment(c) && c.Accepted);
        Assert.Empty(PendingMessages());

        // The forms that arrived late work: filled in on the new process, they deliver the report.
        await SubmitAsync(second, Mentor, CardVerbs.SubmitFeedback, sessionId, MockDriver.FeedbackFields());
        await SubmitAsync(second, Student, CardVerbs.SubmitSelfAssessment, sessionId, MockDriver.Ratings());
        Assert.Single(Teams.Calls, c => IsReport(c) && c.Accepted);
    }

    private static bool InterviewerForm(CapturedCall call) => IsCardIn(call, Mentor) && CardJson.Verbs(call.Card!).Contains(CardVerbs.SubmitFeedback);

    private static bool SelfAssessment(CapturedCall call) => IsCardIn(call, Student) && CardJson.Verbs(call.Card!).Contains(CardVerbs.SubmitSelfAssessment);

    private static bool IsReport(CapturedCall call) => IsCardIn(call, Student) && CardJson.Text(call.Card!).Contains(Strengths, StringComparison.Ordinal);

    private static bool IsCardIn(CapturedCall call, (string Id, string Name) person) =>
        call.Method == "POST" && call.ConversationId == PersonalChatId(person.Id) && call.Card is not null;

    private static JsonObject SessionData(string sessionId) => new() { [CardInputs.SessionId] = sessionId };

    private Task WaitAsync(Func<IReadOnlyList<CapturedCall>, bool> condition, string what) =>
        Teams.WaitUntilAsync(condition, Bounded, $"{what} (bot logs: {string.Join(", ", _bot.Processes.Select(b => b.LogPath))})");

    private Task<BotProcess> StartBotAsync(string name) =>
        _bot.StartAsync($"{nameof(DurableDeliveryAcrossRestartTests)}.{name}", Settings);

    /// <summary>A one-question mentor-led mock in the group chat, set up, started and ended: "Open feedback" is next.</summary>
    private static async Task<string> ToFeedbackStepAsync(BotProcess bot)
    {
        var created = await bot.InvokeAsync(Invoke(Mentor, CardVerbs.CreateSession, new JsonObject
        {
            [CardInputs.Candidate] = Student.Id,
            [CardInputs.Track] = nameof(Track.Behavioral),
            [CardInputs.Format] = nameof(InterviewFormat.MentorLed),
            [CardInputs.QuestionCount] = "1",
        }, CardId));
        var sessionId = CardJson.Data(created, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>();
        await bot.InvokeAsync(Invoke(Mentor, CardVerbs.Start, SessionData(sessionId), CardId));
        await bot.InvokeAsync(Invoke(Mentor, CardVerbs.EndInterview, SessionData(sessionId), CardId));
        return sessionId;
    }

    /// <summary>Fills in and submits the newest form with <paramref name="verb"/> that reached the person.</summary>
    private async Task<JsonNode> SubmitAsync(BotProcess bot, (string Id, string Name) who, string verb, string sessionId, JsonObject fields)
    {
        var form = Teams.Calls.Last(c => c.Accepted && IsCardIn(c, who) && CardJson.Verbs(c.Card!).Contains(verb)).Card!;
        var data = CardJson.Data(form, verb);
        foreach (var (name, value) in fields)
        {
            data[name] = value?.DeepClone();
        }

        Assert.Equal(sessionId, data[CardInputs.SessionId]!.GetValue<string>());
        return await bot.InvokeAsync(Invoke(who, verb, data, "msg-form-" + who.Id, "personal"));
    }

    private string[] PendingMessages()
    {
        var folder = Path.Combine(_bot.DataPath, "outbox", "pending");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json") : [];
    }
}
