using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TeamsMockBot.Application.History;
using TeamsMockBot.Application.Routing;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Meeting;
using TeamsMockBot.Tests.Infrastructure;
using TeamsMockBot.Storage;
using TeamsMockBot.Tests.Meeting;
using TeamsMockBot.Tests.Scheduling;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Authorization;

/// <summary>The matrix acting as one person, and preparing the fresh session a row needs.</summary>
public sealed partial class AuthorizationMatrixTests
{
    // ---- acting as a person ----

    private static (string Id, string Name) PersonOf(Who who) => who switch
    {
        Who.Interviewer => TeamsActivities.Mentor,
        Who.Candidate => Student,
        Who.Observer => Bystander,
        Who.Staff => Staff,
        _ => Stranger,
    };

    private static JsonNode AsPerson(JsonNode activity, Who who)
    {
        if (who == Who.Stranger)
        {
            activity["channelData"]!["tenant"]!["id"] = StrangerTenant;
            if (activity["conversation"] is JsonObject conversation)
            {
                conversation["tenantId"] = StrangerTenant;
            }
        }

        return activity;
    }

    private Task<Answer> InvokeAsync(Who who, string verb, JsonObject data, string cardId, bool personal = false) =>
        PostAsync(AsPerson(Invoke(PersonOf(who), verb, data, cardId, personal ? "personal" : "groupChat"), who));

    private Task<Answer> MessageAsync(Who who, JsonNode message) => PostAsync(AsPerson(message, who));

    private async Task<Answer> PostAsync(JsonNode activity)
    {
        var activityId = activity["id"]!.GetValue<string>();
        var conversationId = activity["conversation"]?["id"]?.GetValue<string>();
        var calls = Host.Teams.Calls.Count;
        using var response = await Host.PostActivityAsync(activity);
        var answer = await ReadAsync(response, activityId);
        var reply = activity["type"]!.GetValue<string>() == "message"
            ? Host.Teams.Calls.Skip(calls).FirstOrDefault(c => c.ConversationId == conversationId && c.Card is not null)
            : null;
        return answer with { ConversationId = conversationId, Reply = reply };
    }

    private static async Task<Answer> ReadAsync(HttpResponseMessage response, string activityId)
    {
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? body = null;
        if (text.Length > 0)
        {
            try
            {
                body = JsonNode.Parse(text);
            }
            catch (System.Text.Json.JsonException)
            {
                body = JsonValue.Create(text);
            }
        }

        return new Answer((int)response.StatusCode, body, response.Content.Headers.ContentType?.MediaType, activityId, null, null);
    }

    private async Task<Answer> HttpAsync(HttpMethod method, string path, Context context, Who who, HttpContent? content)
    {
        using var client = Host.CreateClient();
        var (scheme, credential, chat) = who switch
        {
            Who.Interviewer or Who.Candidate => (PanelAuthentication.LinkScheme, context.Credential!, (string?)null),
            Who.Stranger => (PanelAuthentication.BearerScheme, Entra.Token(DirectoryIdOf(Stranger.Id), Host.Time.GetUtcNow(), tenantId: FakeEntraId.OtherTenantId), GroupChatId),
            _ => (PanelAuthentication.BearerScheme, Entra.Token(DirectoryIdOf(PersonOf(who).Id), Host.Time.GetUtcNow()), GroupChatId),
        };
        using var request = new HttpRequestMessage(method, path + (chat is null ? string.Empty : "?chatId=" + Uri.EscapeDataString(chat))) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue(scheme, credential);
        using var response = await client.SendAsync(request);
        return await ReadAsync(response, string.Empty);
    }

    private async Task<Answer> SubmitFormAsync(Who who, Context context, string verb, (string Id, string Name) formOwner, JsonObject fields)
    {
        // The form the owner got in their personal chat, posted by whoever is acting (a copied or forged form for anyone else).
        var form = Host.Teams.Calls.Last(c => c.ConversationId == PersonalChatId(formOwner.Id) && c.Card is not null && CardJson.Verbs(c.Card).Contains(verb) && c.CardText.Contains(context.SessionId!, StringComparison.Ordinal)).Card!;
        var data = CardJson.Data(form, verb);
        foreach (var (name, value) in fields)
        {
            data[name] = value?.DeepClone();
        }

        return await InvokeAsync(who, verb, data, "msg-form", personal: true);
    }

    // ---- preparing a fresh session in the stage a row needs (each cell has its own) ----

    private const string OfflineCalendarLinkPath = "/calendar/";
    private const string TranscriptUrl = "https://contoso-my.sharepoint.com/personal/sam_contoso_com/Documents/Microsoft%20Teams%20Chat%20Files/mock-interview.vtt";

    [System.Text.RegularExpressions.GeneratedRegex("/calendar/[0-9a-f]{32}\\.ics")]
    private static partial System.Text.RegularExpressions.Regex CalendarLinkPattern();

    /// <summary>Someone for <paramref name="who"/> to interview: the student, or for the student the mentor.</summary>
    private static (string Id, string Name) OtherThan(Who who) => who == Who.Candidate ? TeamsActivities.Mentor : Student;

    /// <summary>"My progress" shows the actor's own sessions as candidate: the student's one session, nobody else's.</summary>
    private static Task AssertOwnProgress(Context context, Who who, Answer answer)
    {
        Assert.Contains("Your progress", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(NoteText, answer.Text, StringComparison.Ordinal);
        if (who != Who.Candidate)
        {
            Assert.DoesNotContain(StrengthsText, answer.Text, StringComparison.Ordinal);
        }

        return Task.CompletedTask;
    }

    /// <summary>A mock the mentor booked with the student from the group chat (offline calendar, the second time offered: outside the change cut-off).</summary>
    private async Task<Context> PrepareBookedAsync()
    {
        var cardId = NextCardId();
        var slots = await Host.InvokeAsync(SchedulingDriver.Click(TeamsActivities.Mentor, CardVerbs.FindSlots, SchedulingDriver.Form(Student.Id), cardId));
        var booked = await Host.InvokeAsync(SchedulingDriver.Click(TeamsActivities.Mentor, CardVerbs.BookSlot, SchedulingDriver.SlotData(slots, 1), cardId));
        var sessionId = CardJson.Data(booked, CardVerbs.CancelBooking)[CardInputs.SessionId]!.GetValue<string>();
        return new Context(sessionId, cardId, Session: await Host.SessionAsync(sessionId));
    }

    private static string NextCardId() => "msg-authz-" + Interlocked.Increment(ref cardNumber);

    private static JsonObject SetupData((string Id, string Name) candidate, InterviewFormat format) => new()
    {
        [CardInputs.Candidate] = candidate.Id,
        [CardInputs.Track] = nameof(Track.Behavioral),
        [CardInputs.Format] = format.ToString(),
        [CardInputs.Length] = "60",
        [CardInputs.QuestionCount] = "2",
    };

    private async Task<Context> PrepareAsync(Stage stage)
    {
        var cardId = NextCardId();
        if (stage == Stage.None)
        {
            return new Context(null, cardId);
        }

        var mentor = TeamsActivities.Mentor;
        var format = stage == Stage.PeerCandidateQuestions ? InterviewFormat.Peer : InterviewFormat.MentorLed;
        var created = await Host.InvokeAsync(Invoke(mentor, CardVerbs.CreateSession, SetupData(Student, format), cardId));
        var sessionId = CardJson.Data(created, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>();
        async Task Click(string verb, JsonObject? data = null)
        {
            data ??= [];
            data[CardInputs.SessionId] = sessionId;
            await Host.InvokeAsync(Invoke(mentor, verb, data, cardId));
        }

        if (stage >= Stage.Interviewing)
        {
            await Click(CardVerbs.Start);
            await Click(CardVerbs.SaveNote, new JsonObject { [CardInputs.Note] = NoteText });
            await Click(CardVerbs.Tag, new JsonObject { [CardInputs.QuestionNumber] = 1, [CardInputs.Tag] = nameof(QuickTag.StrongStructure), [CardInputs.TagState] = CardInputs.TagOn });
        }

        if (stage == Stage.Paused)
        {
            await Click(CardVerbs.Pause, new JsonObject { [CardInputs.QuestionNumber] = 1 });
        }

        if (stage >= Stage.CandidateQuestions && stage != Stage.Paused)
        {
            await Click(CardVerbs.EndInterview);
        }

        if (stage is >= Stage.AwaitingFeedback and <= Stage.Completed)
        {
            await Click(CardVerbs.OpenFeedback);
        }

        var driver = new MockDriver(Host);
        if (stage is Stage.FeedbackIn or Stage.Completed)
        {
            await driver.SubmitFeedbackAsync(mentor, sessionId);
        }

        if (stage == Stage.Completed)
        {
            await driver.SubmitSelfAssessmentAsync(Student, sessionId);
        }

        return new Context(sessionId, cardId, Session: await Host.SessionAsync(sessionId));
    }
}
