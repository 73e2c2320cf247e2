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

/// <summary>The matrix's scenarios: how each row is prepared, acted as one person, and what "allowed" means.</summary>
public sealed partial class AuthorizationMatrixTests
{
    // ---- the scenarios: how each row is prepared, acted as one person, and what "allowed" means ----

    public enum Who
    {
        Interviewer,
        Candidate,
        Observer,
        Staff,
        Stranger,
    }

    private sealed record Context(string? SessionId, string CardId, string? Credential = null, MockSession? Session = null);

    private sealed record Answer(int Status, JsonNode? Body, string? MediaType, string ActivityId, string? ConversationId, CapturedCall? Reply)
    {
        /// <summary>The card the person sees: the invoke answer, or the reply to a typed command.</summary>
        public JsonNode? Card => Reply?.Card ?? (Body is JsonObject body && body["type"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive" ? body["value"] : null);

        public string Text => Card is { } card ? CardJson.Text(card) : Body?.ToJsonString() ?? string.Empty;
    }

    private sealed record Scenario(
        Func<AuthorizationMatrixTests, Who, Task<Context>> Prepare,
        Func<AuthorizationMatrixTests, Context, Who, Task<Answer>> Act,
        Func<AuthorizationMatrixTests, Context, Who, Answer, Task> Allowed);

    private enum Stage
    {
        None,
        Ready,
        Interviewing,
        Paused,
        CandidateQuestions,
        AwaitingFeedback,
        FeedbackIn,
        Completed,
        PeerCandidateQuestions,
    }

    private static readonly Dictionary<string, Scenario> Scenarios = new(StringComparer.Ordinal)
    {
        [CardVerbs.ShowSetup] = Click(Stage.None, CardVerbs.ShowSetup, (t, c, w, a) => Has(a, CardVerbs.CreateSession)),
        [CardVerbs.CreateSession] = new(
            (t, w) => Task.FromResult(new Context(null, NextCardId())),
            (t, c, w) => t.InvokeAsync(w, CardVerbs.CreateSession, SetupData(w == Who.Candidate ? TeamsActivities.Mentor : Student, InterviewFormat.MentorLed), c.CardId),
            async (t, c, w, a) =>
            {
                var id = CardJson.Data(a.Card!, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>();
                Assert.Equal(PersonOf(w).Id, (await t.Host.SessionAsync(id))!.Interviewer.Id);
            }),
        [CardVerbs.Start] = Control(Stage.Ready, CardVerbs.Start, null, s => Assert.Equal(SessionStage.Interviewing, s.Stage)),
        [CardVerbs.Next] = Control(Stage.Interviewing, CardVerbs.Next, 1, s => Assert.Equal(2, s.CurrentNumber)),
        [CardVerbs.Skip] = Control(Stage.Interviewing, CardVerbs.Skip, 1, s => Assert.Equal(QuestionOutcome.Skipped, s.Questions[0].Outcome)),
        [CardVerbs.FollowUp] = Control(Stage.Interviewing, CardVerbs.FollowUp, 1, s => Assert.Equal(1, s.Questions[0].FollowUpsShown)),
        [CardVerbs.Pause] = Control(Stage.Interviewing, CardVerbs.Pause, 1, s => Assert.True(s.Current!.Timer.IsPaused)),
        [CardVerbs.Resume] = Control(Stage.Paused, CardVerbs.Resume, 1, s => Assert.False(s.Current!.Timer.IsPaused)),
        [CardVerbs.AddMinute] = Control(Stage.Interviewing, CardVerbs.AddMinute, 1, s => Assert.Equal(TimeSpan.FromMinutes(1), s.Questions[0].Timer.Extra)),
        [CardVerbs.EndInterview] = Control(Stage.Interviewing, CardVerbs.EndInterview, null, s => Assert.Equal(SessionStage.CandidateQuestions, s.Stage)),
        [CardVerbs.OpenFeedback] = new(
            (t, w) => t.PrepareAsync(Stage.CandidateQuestions),
            (t, c, w) => t.InvokeAsync(w, CardVerbs.OpenFeedback, new JsonObject { [CardInputs.SessionId] = c.SessionId }, c.CardId),
            async (t, c, w, a) =>
            {
                Assert.Equal(SessionStage.AwaitingFeedback, (await t.Host.SessionAsync(c.SessionId!))!.Stage);
                Assert.Contains(t.Host.Teams.Calls, call => call.ConversationId == PersonalChatId(TeamsActivities.Mentor.Id) && call.CardText.Contains(c.SessionId!, StringComparison.Ordinal));
            }),
        [CardVerbs.SaveNote] = Control(Stage.Interviewing, CardVerbs.SaveNote, null, s => Assert.Contains(s.Notes, n => n.Text == "Another note"), new() { [CardInputs.Note] = "Another note" }),
        [CardVerbs.Tag] = Control(
            Stage.Interviewing, CardVerbs.Tag, 1, s => Assert.True(s.Questions[0].HasTag(QuickTag.GreatExample)),
            new() { [CardInputs.Tag] = nameof(QuickTag.GreatExample), [CardInputs.TagState] = CardInputs.TagOn }),
        [CardVerbs.Refresh] = Click(Stage.Interviewing, CardVerbs.Refresh, (t, c, w, a) => Has(a, CardVerbs.SaveNote)),
        [CardVerbs.SwapRoles] = Control(Stage.PeerCandidateQuestions, CardVerbs.SwapRoles, null, s => Assert.Equal(SessionStage.AwaitingFeedback, s.Stage)),
        [CardVerbs.SubmitFeedback] = new(
            (t, w) => t.PrepareAsync(Stage.AwaitingFeedback),
            // Anyone else posts the form half filled in: a form with errors comes back filled, notes and all, so it must not come back to them.
            (t, c, w) => t.SubmitFormAsync(w, c, CardVerbs.SubmitFeedback, TeamsActivities.Mentor, w == Who.Interviewer ? MockDriver.FeedbackFields() : MockDriver.Ratings()),
            async (t, c, w, a) => Assert.NotNull((await t.Host.SessionAsync(c.SessionId!))!.Feedback)),
        [CardVerbs.SubmitSelfAssessment] = new(
            (t, w) => t.PrepareAsync(Stage.AwaitingFeedback),
            (t, c, w) => t.SubmitFormAsync(w, c, CardVerbs.SubmitSelfAssessment, Student, w == Who.Candidate ? MockDriver.Ratings() : []),
            async (t, c, w, a) => Assert.NotNull((await t.Host.SessionAsync(c.SessionId!))!.SelfAssessment)),
        [CardVerbs.EditFeedback] = new(
            (t, w) => t.PrepareAsync(Stage.FeedbackIn),
            (t, c, w) => t.InvokeAsync(w, CardVerbs.EditFeedback, new JsonObject { [CardInputs.SessionId] = c.SessionId }, "msg-notice", personal: true),
            (t, c, w, a) => Has(a, CardVerbs.SubmitFeedback)),
        [CardVerbs.ReleaseFeedback] = new(
            (t, w) => t.PrepareAsync(Stage.FeedbackIn),
            (t, c, w) => t.InvokeAsync(w, CardVerbs.ReleaseFeedback, new JsonObject { [CardInputs.SessionId] = c.SessionId }, "msg-notice", personal: true),
            async (t, c, w, a) =>
            {
                Assert.Equal(SessionStage.Completed, (await t.Host.SessionAsync(c.SessionId!))!.Stage);
                Assert.Contains(t.Host.Teams.Calls, call => call.ConversationId == PersonalChatId(Student.Id) && call.CardText.Contains(StrengthsText, StringComparison.Ordinal));
            }),
        [CardVerbs.OpenLivePanel] = Click(Stage.Interviewing, CardVerbs.OpenLivePanel, (t, c, w, a) =>
        {
            Assert.Contains("#link=", a.Card!.ToJsonString(), StringComparison.Ordinal);
            return Task.CompletedTask;
        }),
        [CardVerbs.ShowHistory] = new(
            (t, w) => t.PrepareAsync(Stage.Completed),
            (t, c, w) => t.InvokeAsync(w, CardVerbs.ShowHistory, new JsonObject(), "msg-help"),
            (t, c, w, a) => OwnHistorySentPrivately(t, w, a)),
        [CardVerbs.ConfirmDeleteData] = new(
            (t, w) => t.PrepareAsync(Stage.Completed),
            (t, c, w) => t.InvokeAsync(w, CardVerbs.ConfirmDeleteData, new JsonObject(), "msg-delete-confirm", personal: true),
            async (t, c, w, a) =>
            {
                Assert.Contains("deleted", a.Text, StringComparison.Ordinal);
                var person = PersonOf(w);
                var traces = Directory.EnumerateFiles(t.Host.DataPath, "*.json", SearchOption.AllDirectories)
                    .Where(f => File.ReadAllText(f).Contains(person.Id, StringComparison.Ordinal)).ToList();
                Assert.Empty(traces);
                var session = await t.Host.SessionAsync(c.SessionId!);
                switch (w)
                {
                    case Who.Interviewer:
                        Assert.Equal("Former interviewer", session!.Interviewer.Name);
                        break;
                    case Who.Candidate:
                        Assert.Null(session);
                        break;
                    default:
                        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(c.Session), System.Text.Json.JsonSerializer.Serialize(session)); // someone else's delete leaves it as it was
                        break;
                }
            }),

        [CardVerbs.MarkStepDone] = new(
            (t, w) => t.PrepareAsync(Stage.Completed),
            (t, c, w) => t.InvokeAsync(w, CardVerbs.MarkStepDone, new JsonObject { [CardInputs.SessionId] = c.SessionId, [FeedbackInputs.Step] = 1 }, "msg-report", personal: true),
            async (t, c, w, a) => Assert.Equal(1, Assert.Single((await t.Host.SessionAsync(c.SessionId!))!.StepsDone).Number)),
        [CardVerbs.ShareWithAdvisor] = new(
            (t, w) => t.PrepareAsync(Stage.Completed),
            (t, c, w) => t.InvokeAsync(w, CardVerbs.ShareWithAdvisor, new JsonObject { [CardInputs.SessionId] = c.SessionId }, "msg-report", personal: true),
            async (t, c, w, a) => Assert.Equal([DirectoryIdOf(Staff.Id)], Assert.Single((await t.Host.SessionAsync(c.SessionId!))!.SharedWithStaff).StaffIds)),
        [CardVerbs.ShowSchedule] = Click(Stage.None, CardVerbs.ShowSchedule, (t, c, w, a) => Has(a, CardVerbs.FindSlots)),
        [CardVerbs.FindSlots] = new(
            (t, w) => t.PrepareAsync(Stage.None),
            (t, c, w) => t.InvokeAsync(w, CardVerbs.FindSlots, SchedulingDriver.Form(OtherThan(w).Id), c.CardId),
            (t, c, w, a) => Has(a, CardVerbs.BookSlot)),
        [CardVerbs.BookSlot] = new(
            async (t, w) =>
            {
                // The interviewer found times in the group chat; the offer card is what everyone there sees.
                var context = await t.PrepareAsync(Stage.None);
                var slots = await t.Host.InvokeAsync(SchedulingDriver.Click(TeamsActivities.Mentor, CardVerbs.FindSlots, SchedulingDriver.Form(Student.Id), context.CardId));
                return context with { Credential = SchedulingDriver.SlotData(slots, 1).ToJsonString() };
            },
            (t, c, w) => t.InvokeAsync(w, CardVerbs.BookSlot, JsonNode.Parse(c.Credential!)!.AsObject(), c.CardId),
            async (t, c, w, a) =>
            {
                var session = (await t.Host.SessionAsync(CardJson.Data(a.Card!, CardVerbs.CancelBooking)[CardInputs.SessionId]!.GetValue<string>()))!;
                Assert.Equal((TeamsActivities.Mentor.Id, Student.Id), (session.Interviewer.Id, session.Candidate.Id));
                Assert.NotNull(session.Booking);
            }),
        [CardVerbs.BookNow] = new(
            (t, w) => t.PrepareAsync(Stage.None),
            (t, c, w) => t.InvokeAsync(w, CardVerbs.BookNow, SchedulingDriver.Form(OtherThan(w).Id), c.CardId),
            async (t, c, w, a) =>
            {
                var session = (await t.Host.SessionAsync(CreateSession.SessionIdFor($"{GroupChatId}|{c.CardId}|booking")))!;
                Assert.Equal((PersonOf(w).Id, OtherThan(w).Id), (session.Interviewer.Id, session.Candidate.Id));
                Assert.NotNull(session.Booking);
            }),
        [CardVerbs.ChangeBooking] = new(
            (t, w) => t.PrepareBookedAsync(),
            (t, c, w) => t.InvokeAsync(w, CardVerbs.ChangeBooking, new JsonObject { [CardInputs.SessionId] = c.SessionId }, "msg-booking", personal: true),
            (t, c, w, a) => Has(a, CardVerbs.MoveBooking)),
        [CardVerbs.MoveBooking] = new(
            async (t, w) =>
            {
                var context = await t.PrepareBookedAsync();
                var offer = await t.Host.InvokeAsync(SchedulingDriver.Click(TeamsActivities.Mentor, CardVerbs.ChangeBooking, new JsonObject { [CardInputs.SessionId] = context.SessionId }, "msg-booking", conversationType: "personal"));
                return context with { Credential = SchedulingDriver.SlotData(offer, 2).ToJsonString() }; // not the booked time
            },
            (t, c, w) => t.InvokeAsync(w, CardVerbs.MoveBooking, JsonNode.Parse(c.Credential!)!.AsObject(), "msg-booking", personal: true),
            async (t, c, w, a) =>
            {
                var booking = (await t.Host.SessionAsync(c.SessionId!))!.Booking!;
                Assert.Equal(JsonNode.Parse(c.Credential!)![CardInputs.SlotStart]!.GetValue<string>(), SlotsCard.Iso(booking.Slot.Start));
                Assert.Equal(c.Session!.Booking!.Sequence + 1, booking.Sequence);
            }),
        [CardVerbs.CancelBooking] = new(
            (t, w) => t.PrepareBookedAsync(),
            (t, c, w) => t.InvokeAsync(w, CardVerbs.CancelBooking, new JsonObject { [CardInputs.SessionId] = c.SessionId }, "msg-booking", personal: true),
            async (t, c, w, a) => Assert.True((await t.Host.SessionAsync(c.SessionId!))!.Booking!.IsCancelled)),
        [CardVerbs.CheckIn] = new(
            (t, w) => t.PrepareBookedAsync(),
            (t, c, w) => t.InvokeAsync(w, CardVerbs.CheckIn, new JsonObject { [CardInputs.SessionId] = c.SessionId }, "msg-arrival", personal: true),
            async (t, c, w, a) => Assert.Equal(t.Host.Time.GetUtcNow(), (await t.Host.SessionAsync(c.SessionId!))!.Booking!.CheckedInAt)),
        [CardVerbs.ShowPrep] = new(
            (t, w) => t.PrepareBookedAsync(),
            (t, c, w) => t.InvokeAsync(w, CardVerbs.ShowPrep, new JsonObject { [CardInputs.SessionId] = c.SessionId }, "msg-prep", personal: true),
            (t, c, w, a) => Has(a, CardVerbs.ShowQuiz)), // the prep card: its practice quiz button
        [CardVerbs.ShowProgress] = new(
            (t, w) => t.PrepareAsync(Stage.Completed),
            (t, c, w) => t.InvokeAsync(w, CardVerbs.ShowProgress, new JsonObject(), "msg-help", personal: true),
            (t, c, w, a) => AssertOwnProgress(c, w, a)),
        [CardVerbs.ShowQuiz] = Click(Stage.None, CardVerbs.ShowQuiz, (t, c, w, a) => Has(a, CardVerbs.SubmitQuiz)),
        [CardVerbs.SubmitQuiz] = new(
            async (t, w) =>
            {
                var context = await t.PrepareAsync(Stage.None);
                var quiz = await t.MessageAsync(Who.Interviewer, PersonalMessage(TeamsActivities.Mentor, "quiz"));
                var data = CardJson.Data(quiz.Card!, CardVerbs.SubmitQuiz);
                foreach (var question in Domain.Quiz.PracticeQuiz.BuiltIn.Questions)
                {
                    data[QuizInputs.Answer(question.Id)] = question.AnswerId;
                }

                return context with { Credential = data.ToJsonString() };
            },
            (t, c, w) => t.InvokeAsync(w, CardVerbs.SubmitQuiz, JsonNode.Parse(c.Credential!)!.AsObject(), "msg-quiz", personal: true),
            async (t, c, w, a) =>
            {
                var attempt = JsonNode.Parse(c.Credential!)![QuizInputs.AttemptId]!.GetValue<string>();
                var history = (await t.Host.Store.ReadAsync<StudentHistory>(DocumentKeys.StudentHistory(PersonOf(w).Id), CancellationToken.None))!.Value;
                Assert.Contains(history.QuizAttempts, q => q.AttemptId == attempt && q.Score == q.OutOf);
            }),

        ["help"] = Command(Stage.None, "help", personal: false, (t, c, w, a) => Has(a, CardVerbs.ShowSetup)),
        ["mock"] = Command(Stage.None, "mock", personal: false, (t, c, w, a) => Has(a, CardVerbs.CreateSession)),
        ["history"] = Command(Stage.Completed, "history", personal: false, (t, c, w, a) => OwnHistorySentPrivately(t, w, a)),
        ["history @student"] = new(
            (t, w) => t.PrepareAsync(Stage.Completed),
            (t, c, w) => t.MessageAsync(w, HistoryAboutStudent(PersonOf(w))),
            (t, c, w, a) =>
            {
                if (w == Who.Candidate)
                {
                    return OwnHistorySentPrivately(t, w, a); // naming yourself asks for your own history
                }

                Assert.Contains("Sent to you privately", a.Text, StringComparison.Ordinal);
                var privately = t.Host.Teams.Calls.Last(call => call.ConversationId == PersonalChatId(Staff.Id) && call.Card is not null);
                Assert.Contains(Student.Name, privately.CardText, StringComparison.Ordinal);
                return Task.CompletedTask;
            }),
        ["export my data"] = Command(Stage.Completed, "export my data", personal: true, (t, c, w, a) =>
        {
            Assert.Contains("/privacy/exports/", a.Card!.ToJsonString(), StringComparison.Ordinal);
            return Task.CompletedTask;
        }),
        ["delete my data"] = Command(Stage.Completed, "delete my data", personal: true, (t, c, w, a) => Has(a, CardVerbs.ConfirmDeleteData)),

        ["schedule a mock"] = Command(Stage.None, "schedule a mock", personal: false, (t, c, w, a) => Has(a, CardVerbs.FindSlots)),
        ["my progress"] = Command(Stage.Completed, "my progress", personal: true, (t, c, w, a) => AssertOwnProgress(c, w, a)),
        ["quiz"] = Command(Stage.None, "quiz", personal: true, (t, c, w, a) => Has(a, CardVerbs.SubmitQuiz)),

        ["file .vtt"] = new(
            (t, w) =>
            {
                var context = t.PrepareAsync(Stage.CandidateQuestions);
                t.Host.Teams.Files[TranscriptUrl] = (HttpStatusCode.OK, File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Analytics", "Fixtures", "mock-interview.vtt")));
                return context;
            },
            (t, c, w) => t.MessageAsync(w, PersonalFile(PersonOf(w), "mock-interview.vtt", TranscriptUrl)),
            async (t, c, w, a) =>
            {
                Assert.Contains("Delivery analytics", a.Text, StringComparison.Ordinal);
                Assert.NotNull((await t.Host.SessionAsync(c.SessionId!))!.Delivery);
            }),

        ["composeExtension/fetchTask startMock"] = new(
            (t, w) => t.PrepareAsync(Stage.None),
            (t, c, w) => t.MessageAsync(w, ExtensionInvoke(PersonOf(w), "composeExtension/fetchTask", null)),
            (t, c, w, a) =>
            {
                Assert.Equal("continue", a.Body!["task"]!["type"]!.GetValue<string>());
                return Task.CompletedTask;
            }),
        ["composeExtension/submitAction startMock"] = new(
            (t, w) => t.PrepareAsync(Stage.None),
            (t, c, w) => t.MessageAsync(w, ExtensionInvoke(PersonOf(w), "composeExtension/submitAction", new JsonObject { [CardInputs.Track] = nameof(Track.Behavioral) })),
            (t, c, w, a) =>
            {
                var posted = t.Host.Teams.Calls.Last(call => call.Method == "POST" && call.ConversationId == GroupChatId && call.Card is not null);
                Assert.Contains(CardVerbs.CreateSession, CardJson.Verbs(posted.Card!));
                return Task.CompletedTask;
            }),

        ["GET /api/meeting/panel"] = Panel(async (t, c, w) => await t.HttpAsync(HttpMethod.Get, MeetingPanelEndpoints.PanelPath, c, w, null), (t, c, w, a) =>
        {
            Assert.NotNull(a.Body!["private"]!["whatGoodLooksLike"]);
            return Task.CompletedTask;
        }),
        ["PUT /api/meeting/panel/note"] = Panel(
            (t, c, w) => t.HttpAsync(HttpMethod.Put, MeetingPanelEndpoints.NotePath, c, w, JsonContent.Create(new { questionNumber = 1, text = "Panel note" })),
            async (t, c, w, a) => Assert.Contains((await t.Host.SessionAsync(c.SessionId!))!.Notes, n => n.Text == "Panel note")),
        ["PUT /api/meeting/panel/tag"] = Panel(
            (t, c, w) => t.HttpAsync(HttpMethod.Put, MeetingPanelEndpoints.TagPath, c, w, JsonContent.Create(new { questionNumber = 1, tag = nameof(QuickTag.Rambling), on = true })),
            async (t, c, w, a) => Assert.True((await t.Host.SessionAsync(c.SessionId!))!.Questions[0].HasTag(QuickTag.Rambling))),
        ["GET /calendar/{token}.ics"] = new(
            async (t, w) =>
            {
                var context = await t.PrepareBookedAsync();
                if (w == Who.Stranger)
                {
                    return context with { Credential = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)).ToLowerInvariant() };
                }

                // The two people have it on the booking card in their personal chats; everyone else in the chat on the chat's card.
                var chat = w is Who.Interviewer or Who.Candidate ? PersonalChatId(PersonOf(w).Id) : GroupChatId;
                var link = t.Host.Teams.Calls.Where(call => call.ConversationId == chat && call.Card is not null)
                    .Select(call => CalendarLinkPattern().Match(call.Card!.ToJsonString())).Last(m => m.Success).Value;
                return context with { Credential = link[OfflineCalendarLinkPath.Length..^".ics".Length] };
            },
            async (t, c, w) =>
            {
                using var client = t.Host.CreateClient();
                using var response = await client.GetAsync(new Uri("/calendar/" + c.Credential + ".ics", UriKind.Relative));
                return await ReadAsync(response, string.Empty);
            },
            (t, c, w, a) =>
            {
                Assert.Equal("text/calendar", a.MediaType);
                var invite = Ical.Net.Calendar.Load(a.Body!.GetValue<string>())!;
                Assert.Equal(c.SessionId, Assert.Single(invite.Events).Uid);
                return Task.CompletedTask;
            }),
        ["GET /privacy/exports/{token}"] = new(
            async (t, w) =>
            {
                var context = await t.PrepareAsync(Stage.Completed);
                if (w == Who.Stranger)
                {
                    return context with { Credential = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)).ToLowerInvariant() };
                }

                var reply = await t.MessageAsync(w, PersonalMessage(PersonOf(w), "export my data"));
                var url = reply.Card!.ToJsonString();
                var at = url.IndexOf("/privacy/exports/", StringComparison.Ordinal) + "/privacy/exports/".Length;
                return context with { Credential = url[at..(at + 48)] };
            },
            async (t, c, w) =>
            {
                using var client = t.Host.CreateClient();
                using var response = await client.GetAsync(new Uri("/privacy/exports/" + c.Credential, UriKind.Relative));
                return await ReadAsync(response, string.Empty);
            },
            async (t, c, w, a) =>
            {
                var person = PersonOf(w);
                Assert.Equal(person.Id, a.Body!["person"]!["id"]!.GetValue<string>());
                var asCandidate = a.Body["sessionsAsCandidate"]!.AsArray();
                var asInterviewer = a.Body["sessionsAsInterviewer"]!.AsArray();
                switch (w)
                {
                    case Who.Interviewer:
                        var ran = Assert.Single(asInterviewer, s => s!["id"]!.GetValue<string>() == c.SessionId);
                        Assert.Null(ran!["selfAssessment"]);
                        Assert.DoesNotContain(asCandidate, s => s!["id"]!.GetValue<string>() == c.SessionId);
                        break;
                    case Who.Candidate:
                        var took = Assert.Single(asCandidate, s => s!["id"]!.GetValue<string>() == c.SessionId);
                        Assert.NotNull(took!["selfAssessment"]);
                        Assert.Contains(StrengthsText, took.ToJsonString(), StringComparison.Ordinal);
                        break;
                    default:
                        Assert.DoesNotContain(c.SessionId!, a.Body.ToJsonString(), StringComparison.Ordinal);
                        break;
                }

                using var client = t.Host.CreateClient();
                using var again = await client.GetAsync(new Uri("/privacy/exports/" + c.Credential, UriKind.Relative));
                Assert.Equal(HttpStatusCode.NotFound, again.StatusCode); // once
            }),
    };

    private static Scenario Click(Stage stage, string verb, Func<AuthorizationMatrixTests, Context, Who, Answer, Task> allowed) => new(
        (t, w) => t.PrepareAsync(stage),
        (t, c, w) => t.InvokeAsync(w, verb, c.SessionId is null ? new JsonObject() : new JsonObject { [CardInputs.SessionId] = c.SessionId }, c.CardId),
        allowed);

    /// <summary>An interviewer control on the shared card: allowed means the session document shows the change.</summary>
    private static Scenario Control(Stage stage, string verb, int? question, Action<MockSession> changed, JsonObject? extra = null) => new(
        (t, w) => t.PrepareAsync(stage),
        (t, c, w) =>
        {
            var data = (JsonObject?)extra?.DeepClone() ?? [];
            data[CardInputs.SessionId] = c.SessionId;
            if (question is { } q)
            {
                data[CardInputs.QuestionNumber] = q;
            }

            return t.InvokeAsync(w, verb, data, c.CardId);
        },
        async (t, c, w, a) => changed((await t.Host.SessionAsync(c.SessionId!))!));

    private static Scenario Command(Stage stage, string text, bool personal, Func<AuthorizationMatrixTests, Context, Who, Answer, Task> allowed) => new(
        (t, w) => t.PrepareAsync(stage),
        (t, c, w) => t.MessageAsync(w, personal ? PersonalMessage(PersonOf(w), text) : GroupMessage(PersonOf(w), "<at>TeamsMockBot</at> " + text)),
        allowed);

    /// <summary>The meeting panel API: a signed link for the two participants, a Teams token for everyone else.</summary>
    private static Scenario Panel(Func<AuthorizationMatrixTests, Context, Who, Task<Answer>> act, Func<AuthorizationMatrixTests, Context, Who, Answer, Task> allowed) => new(
        async (t, w) =>
        {
            var context = await t.PrepareAsync(Stage.Interviewing);
            return w is Who.Interviewer or Who.Candidate
                ? context with { Credential = await new PanelClient(t.Host).LinkTokenAsync(PersonOf(w), context.SessionId!) }
                : context;
        },
        act,
        allowed);

    /// <summary>Own history asked in the group chat: the group sees only where it went; the asker's personal chat gets it.</summary>
    private static Task OwnHistorySentPrivately(AuthorizationMatrixTests t, Who who, Answer answer)
    {
        Assert.Contains("Your history is in our personal chat.", answer.Text, StringComparison.Ordinal);
        var person = PersonOf(who);
        Assert.Contains(t.Host.Teams.Calls, c => c.ConversationId == TeamsActivities.PersonalChatId(person.Id) && c.Card is { } card && CardJson.Text(card).Contains(person.Name, StringComparison.Ordinal));
        return Task.CompletedTask;
    }

    private static Task Has(Answer answer, string verb)
    {
        Assert.Contains(verb, CardJson.Verbs(answer.Card!));
        return Task.CompletedTask;
    }
}
