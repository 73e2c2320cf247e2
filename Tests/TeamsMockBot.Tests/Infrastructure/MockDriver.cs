using System.Globalization;
using System.Text.Json.Nodes;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Infrastructure;

/// <summary>Runs whole sessions through the host's card actions, for tests that need finished sessions.</summary>
public sealed class MockDriver(BotHost host)
{
    /// <summary>A mentor-led mock from setup to delivered feedback; returns the session id.</summary>
    public async Task<string> CompleteMentorLedAsync((string Id, string Name) mentor, (string Id, string Name) student, string cardId)
    {
        var sessionId = await MentorLedToFeedbackAsync(mentor, student, cardId);
        await SubmitFeedbackAsync(mentor, sessionId);
        await SubmitSelfAssessmentAsync(student, sessionId);
        return sessionId;
    }

    /// <summary>A mentor-led mock from setup to "Open feedback": both forms are in the personal chats.</summary>
    public async Task<string> MentorLedToFeedbackAsync((string Id, string Name) mentor, (string Id, string Name) student, string cardId)
    {
        var data = new JsonObject
        {
            [CardInputs.Candidate] = student.Id,
            [CardInputs.Track] = nameof(Track.Behavioral),
            [CardInputs.Format] = nameof(InterviewFormat.MentorLed),
            [CardInputs.QuestionCount] = "1",
        };
        var sessionId = await CreateAsync(mentor, data, cardId, "groupChat");
        await ClickAsync(mentor, CardVerbs.Start, sessionId, cardId, "groupChat");
        await ClickAsync(mentor, CardVerbs.SaveNote, sessionId, cardId, "groupChat", extra: new JsonObject { [CardInputs.Note] = "Strong opening; result missing." });
        await ClickAsync(mentor, CardVerbs.EndInterview, sessionId, cardId, "groupChat");
        await ClickAsync(mentor, CardVerbs.OpenFeedback, sessionId, cardId, "groupChat");
        return sessionId;
    }

    public Task SubmitFeedbackAsync((string Id, string Name) mentor, string sessionId) =>
        SubmitAsync(mentor, CardVerbs.SubmitFeedback, sessionId, FeedbackFields());

    public Task SubmitSelfAssessmentAsync((string Id, string Name) student, string sessionId) =>
        SubmitAsync(student, CardVerbs.SubmitSelfAssessment, sessionId, Ratings());

    /// <summary>A peer mock's self-assessment: the ratings plus the 1–4 rating of the peer who interviewed, with its comment.</summary>
    public Task<JsonNode> SubmitPeerSelfAssessmentAsync((string Id, string Name) student, string sessionId, int interviewerScore, string comment)
    {
        var fields = Ratings();
        fields[FeedbackInputs.InterviewerScore] = interviewerScore.ToString(CultureInfo.InvariantCulture);
        fields[FeedbackInputs.InterviewerComment] = comment;
        return SubmitAsync(student, CardVerbs.SubmitSelfAssessment, sessionId, fields);
    }

    /// <summary>A solo practice from setup to delivered feedback; returns the session id.</summary>
    public async Task<string> CompleteSoloAsync((string Id, string Name) student, string cardId)
    {
        var data = new JsonObject
        {
            [CardInputs.Track] = nameof(Track.General),
            [CardInputs.Format] = nameof(InterviewFormat.SoloPractice),
            [CardInputs.QuestionCount] = "1",
        };
        var sessionId = await CreateAsync(student, data, cardId, "personal");
        await ClickAsync(student, CardVerbs.Start, sessionId, cardId, "personal");
        await ClickAsync(student, CardVerbs.EndInterview, sessionId, cardId, "personal");
        await ClickAsync(student, CardVerbs.OpenFeedback, sessionId, cardId, "personal");
        await SubmitAsync(student, CardVerbs.SubmitSelfAssessment, sessionId, Ratings());
        return sessionId;
    }

    private async Task<string> CreateAsync((string Id, string Name) who, JsonObject data, string cardId, string conversationType)
    {
        var card = await host.InvokeAsync(Invoke(who, CardVerbs.CreateSession, data, cardId, conversationType));
        return CardJson.Data(card, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>();
    }

    private Task<JsonNode> ClickAsync((string Id, string Name) who, string verb, string sessionId, string cardId, string conversationType, JsonObject? extra = null)
    {
        var data = extra ?? new JsonObject();
        data[CardInputs.SessionId] = sessionId;
        return host.InvokeAsync(Invoke(who, verb, data, cardId, conversationType));
    }

    /// <summary>Submits the newest form with <paramref name="verb"/> that reached the person's personal chat.</summary>
    public async Task<JsonNode> SubmitAsync((string Id, string Name) who, string verb, string sessionId, JsonObject fields)
    {
        var form = host.Teams.Calls.Last(c => c.ConversationId == PersonalChatId(who.Id) && c.Card is not null && CardJson.Verbs(c.Card).Contains(verb)).Card!;
        var data = CardJson.Data(form, verb);
        foreach (var (name, value) in fields)
        {
            data[name] = value?.DeepClone();
        }

        Assert.Equal(sessionId, data[CardInputs.SessionId]!.GetValue<string>());
        return await host.InvokeAsync(Invoke(who, verb, data, "msg-form-" + who.Id, "personal"));
    }

    /// <summary>A rating for every competency of the built-in rubric, as the forms post them.</summary>
    public static JsonObject Ratings()
    {
        var data = new JsonObject();
        foreach (var (competency, index) in Rubric.BuiltIn.General.Select((c, i) => (c.Id, i)))
        {
            data[FeedbackInputs.Rating(competency)] = (index % 4 + 1).ToString(CultureInfo.InvariantCulture);
        }

        return data;
    }

    /// <summary>A complete interviewer feedback form: ratings, strengths, improvements, two action steps, readiness.</summary>
    public static JsonObject FeedbackFields()
    {
        var data = Ratings();
        data[FeedbackInputs.Strengths] = "Clear structure: situation and task were set up in under thirty seconds.";
        data[FeedbackInputs.Improvements] = "Close each story with the measurable result and what you learned from it.";
        data[FeedbackInputs.ActionStep(1)] = "Rewrite two stories so each ends with a number.";
        data[FeedbackInputs.ActionStep(2)] = "Practise the closing question out loud twice.";
        data[FeedbackInputs.Readiness] = nameof(Readiness.Almost);
        return data;
    }
}
