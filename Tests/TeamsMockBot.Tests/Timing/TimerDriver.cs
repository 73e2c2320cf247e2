using System.Globalization;
using System.Text.Json.Nodes;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Timing;

/// <summary>A mentor-led mock in the group chat for timer tests: every click goes through /api/messages.</summary>
internal sealed class TimerDriver(BotHost host)
{
    public const string CardId = "msg-timer-card";

    /// <summary>Every question gets 4 minutes (halfway 2:00, 1 minute left 3:00, time up 4:00); a 15-minute session is overdue 5 minutes after its end.</summary>
    public static Dictionary<string, string> Settings(IReadOnlyDictionary<string, string>? more = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["Timers:QuestionTime"] = "00:04:00",
            ["Timers:OverdueGrace"] = "00:05:00",
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        return settings;
    }

    public async Task<string> StartAsync(int questions = 2)
    {
        var created = await host.InvokeAsync(Invoke(Mentor, CardVerbs.CreateSession, new JsonObject
        {
            [CardInputs.Candidate] = Student.Id,
            [CardInputs.Track] = nameof(Track.Behavioral),
            [CardInputs.Format] = nameof(InterviewFormat.MentorLed),
            [CardInputs.Length] = "15",
            [CardInputs.QuestionCount] = questions.ToString(CultureInfo.InvariantCulture),
        }, CardId));
        var sessionId = CardJson.Data(created, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>();
        await ClickAsync(CardVerbs.Start, sessionId);
        return sessionId;
    }

    public Task<JsonNode> ClickAsync(string verb, string sessionId, int? questionNumber = null)
    {
        var data = new JsonObject { [CardInputs.SessionId] = sessionId };
        if (questionNumber is { } q)
        {
            data[CardInputs.QuestionNumber] = q;
        }

        return host.InvokeAsync(Invoke(Mentor, verb, data, CardId));
    }

    /// <summary>Updates of the shared card so far (in-turn updates and timer updates alike).</summary>
    public int CardUpdates() => CardUpdates(host.Teams);

    public static int CardUpdates(TeamsConnectorCapture teams) =>
        teams.Calls.Count(c => c.Method == "PUT" && c.Path.EndsWith("/activities/" + CardId, StringComparison.Ordinal));

    public int FormsTo((string Id, string Name) person, string verb) =>
        host.Teams.Calls.Count(c => c.Method == "POST" && c.ConversationId == PersonalChatId(person.Id) && c.Card is { } card && CardJson.Verbs(card).Contains(verb));
}
