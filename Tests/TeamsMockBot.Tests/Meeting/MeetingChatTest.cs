using System.Globalization;
using System.Text.Json.Nodes;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Meeting;

/// <summary>
/// Base of the meeting tests: a meeting chat (Morgan organizes, Sam is the candidate, Pat is also
/// there) whose meeting the captured connector knows, and sessions made and driven through card
/// invokes in that chat, as Teams sends them.
/// </summary>
public abstract class MeetingChatTest : HostTest
{
    protected const string SetupCardId = "msg-meeting-setup-card";

    protected static readonly DateTimeOffset MeetingStartsAt = new(2026, 11, 25, 15, 0, 0, TimeSpan.Zero);

    public override Task InitializeAsync()
    {
        Host.Teams.Roster.Add(Mentor);
        Host.Teams.Roster.Add(Student);
        Host.Teams.Roster.Add(Bystander);
        Host.Teams.Meetings.Add(MeetingId, organizerId: Mentor.Id, chatId: MeetingChatId);
        return Task.CompletedTask;
    }

    /// <summary>The setup card's Create, clicked by Morgan in the meeting chat; returns the session id.</summary>
    protected async Task<string> CreateInMeetingAsync(int questions = 2)
    {
        var data = new JsonObject
        {
            [CardInputs.Candidate] = Student.Id,
            [CardInputs.Track] = nameof(Track.Behavioral),
            [CardInputs.Format] = nameof(InterviewFormat.MentorLed),
            [CardInputs.QuestionCount] = questions.ToString(CultureInfo.InvariantCulture),
        };
        var card = await Host.InvokeAsync(MeetingInvoke(Mentor, CardVerbs.CreateSession, data, SetupCardId));
        return CardJson.Data(card, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>();
    }

    protected Task<JsonNode> ClickAsync((string Id, string Name) who, string verb, string sessionId, string cardId = SetupCardId, int? questionNumber = null)
    {
        var data = new JsonObject { [CardInputs.SessionId] = sessionId };
        if (questionNumber is { } q)
        {
            data[CardInputs.QuestionNumber] = q;
        }

        return Host.InvokeAsync(MeetingInvoke(who, verb, data, cardId));
    }

    protected async Task PostAsync(JsonNode activity)
    {
        using var response = await Host.PostActivityAsync(activity);
        Assert.Equal(200, (int)response.StatusCode);
    }

    /// <summary>New messages (not updates) the bot posted into <paramref name="conversationId"/>.</summary>
    protected List<CapturedCall> PostsIn(string conversationId) =>
        Host.Teams.Calls.Where(c => c.Method == "POST" && c.ConversationId == conversationId && c.Card is not null).ToList();

    protected List<CapturedCall> MeetingApiCalls(string method, string pathEnd) =>
        Host.Teams.Calls.Where(c => c.Method == method && c.Path.Contains("/v1/meetings/", StringComparison.Ordinal) && c.Path.EndsWith(pathEnd, StringComparison.Ordinal)).ToList();

    protected List<CapturedCall> Notifications() => MeetingApiCalls("POST", "/notification");

    protected async Task<MockSession> SessionAsync(string sessionId) => (await Host.SessionAsync(sessionId))!;
}
