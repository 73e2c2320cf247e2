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

/// <summary>
/// docs/authorization.md is the table this test runs: one test per cell (row × person), the expected
/// outcome read from the cell's first word, so the page and the behaviour cannot drift apart. Every
/// refused or read-only cell is checked for a polite answer, an unchanged store (file by file),
/// nothing sent to Teams beyond the one reply to a typed command, no interviewer material, and a log
/// line with the activity id. A route, command, shared-file route or endpoint with no row, or a row with no scenario here, fails.
/// </summary>
public sealed partial class AuthorizationMatrixTests(AuthorizationMatrixTests.Fixture fixture) : IClassFixture<AuthorizationMatrixTests.Fixture>
{
    public static readonly (string Id, string Name) Staff = ("29:careers-casey", "Casey Careers");
    public static readonly (string Id, string Name) Stranger = ("29:stranger-sly", "Sly Stranger");
    public const string StrangerTenant = "tenant-elsewhere";
    private const string NoteText = "Strong opening; result missing (private note).";
    private const string StrengthsText = "Clear structure: situation and task were set up in under thirty seconds.";

    private static int cardNumber;

    private BotHost Host => fixture.Host;

    private FakeEntraId Entra => fixture.Entra;

    /// <summary>Every cell of the page: (row id, person, expected outcome).</summary>
    public static TheoryData<string, string, string> Cells()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in AuthorizationTable.Rows())
        {
            foreach (var (who, outcome) in row.Cells)
            {
                data.Add(row.Id, who, outcome);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Cell(string action, string who, string expected)
    {
        Assert.True(Scenarios.TryGetValue(action, out var scenario), $"docs/authorization.md has a row '{action}' with no scenario in {nameof(AuthorizationMatrixTests)}.");
        var person = Enum.Parse<Who>(who, ignoreCase: true);
        var context = await scenario.Prepare(this, person);
        var before = StoreSnapshot();
        var callsBefore = Host.Teams.Calls.Count;
        Host.Logs.Clear();

        var answer = await scenario.Act(this, context, person);

        switch (expected)
        {
            case "allowed":
                Assert.True(answer.Status is 200, $"{action} as {who}: expected allowed, got {answer.Status} {answer.Body?.ToJsonString()}");
                Assert.False(IsRefusalNotice(answer), $"{action} as {who}: expected allowed, got the refusal {answer.Text}");
                await scenario.Allowed(this, context, person, answer);
                break;
            case "read-only":
                Assert.Equal(200, answer.Status);
                AssertNoInterviewerMaterial(answer, context);
                AssertNothingChanged(before, callsBefore, answer, action, who);
                break;
            case "refused":
                Assert.True(answer.Status is 200 or 401 or 403 or 404, $"{action} as {who}: a refusal must be a card or a 4xx, got {answer.Status}");
                if (answer.Status == 200)
                {
                    Assert.False(string.IsNullOrWhiteSpace(answer.Text), $"{action} as {who}: the refusal says nothing");
                }
                else
                {
                    Assert.Equal("application/problem+json", answer.MediaType);
                }

                AssertNoInterviewerMaterial(answer, context);
                AssertNothingChanged(before, callsBefore, answer, action, who);
                break;
            default:
                Assert.Fail($"docs/authorization.md: '{expected}' is not allowed, read-only or refused ({action}, {who}).");
                break;
        }
    }

    [Fact]
    public void EveryVerbCommandAndEndpoint_HasARowAndEveryRowAScenario()
    {
        var rows = AuthorizationTable.Rows().Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var routes = Host.Services.GetRequiredService<RouteTable>();
        var missing = routes.Verbs.Where(v => !rows.Contains(v)).Select(v => "verb " + v).ToList();
        missing.AddRange(Enum.GetValues<BotCommand>().Select(CommandRow).Where(c => !rows.Contains(c)).Select(c => "command " + c));
        var endpoints = Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => $"{m} /{e.RoutePattern.RawText!.TrimStart('/')}"))
            .Where(e => e != "POST /api/messages" && !e.EndsWith(" /healthz", StringComparison.Ordinal) && !e.EndsWith(" /readyz", StringComparison.Ordinal)) // the door (its own tests) and health
            .ToList();
        Assert.NotEmpty(endpoints);
        Assert.NotNull(routes.ForExtensionFetch(RouteTable.StartMockCommand));
        Assert.NotNull(routes.ForSharedFile);
        missing.AddRange(new[] { "file .vtt" }.Where(r => !rows.Contains(r)).Select(r => "shared file " + r));
        missing.AddRange(new[] { "composeExtension/fetchTask startMock", "composeExtension/submitAction startMock" }.Where(r => !rows.Contains(r)).Select(r => "message extension " + r));
        missing.AddRange(endpoints.Where(e => !rows.Contains(e)).Select(e => "endpoint " + e));
        Assert.True(missing.Count == 0, "docs/authorization.md has no row for: " + string.Join(", ", missing));
        Assert.DoesNotContain(rows, r => !Scenarios.ContainsKey(r));
        Assert.All(AuthorizationTable.Rows(), r => Assert.Equal(Enum.GetNames<Who>().Length, r.Cells.Count));
    }

    private static string CommandRow(BotCommand command) => command switch
    {
        BotCommand.Help => "help",
        BotCommand.Mock => "mock",
        BotCommand.History => "history",
        BotCommand.ExportData => "export my data",
        BotCommand.DeleteData => "delete my data",
        BotCommand.Schedule => "schedule a mock",
        BotCommand.Progress => "my progress",
        BotCommand.Quiz => "quiz",
        _ => "command " + command,
    };

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

    // ---- what a refusal must leave alone ----

    private Dictionary<string, (long Length, long Written)> StoreSnapshot() =>
        Directory.Exists(Host.DataPath)
            ? Directory.EnumerateFiles(Host.DataPath, "*", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".lock", StringComparison.Ordinal) && !f.EndsWith(".tmp", StringComparison.Ordinal))
                .ToDictionary(f => Path.GetRelativePath(Host.DataPath, f), f => (new FileInfo(f).Length, File.GetLastWriteTimeUtc(f).Ticks), StringComparer.Ordinal)
            : [];

    private void AssertNothingChanged(Dictionary<string, (long Length, long Written)> before, int callsBefore, Answer answer, string action, string who)
    {
        var after = StoreSnapshot();
        // A message in someone's personal chat refreshes that chat's stored address (the reply goes there); it is not the refused action's doing.
        var personalChat = answer.Reply is not null && answer.ConversationId == PersonalChatId(PersonOf(Enum.Parse<Who>(who, ignoreCase: true)).Id)
            ? DocumentKeys.PersonalChat(PersonOf(Enum.Parse<Who>(who, ignoreCase: true)).Id).Replace('/', Path.DirectorySeparatorChar) + ".json"
            : null;
        var changed = after.Where(a => !before.TryGetValue(a.Key, out var b) || b != a.Value).Select(a => a.Key)
            .Concat(before.Keys.Where(k => !after.ContainsKey(k))).Where(k => k != personalChat).ToList();
        Assert.True(changed.Count == 0, $"{action} as {who} changed the store: {string.Join(", ", changed)}");

        var sent = Host.Teams.Calls.Skip(callsBefore).Where(c => c.Method != "GET").ToList();
        if (answer.Reply is { } reply)
        {
            Assert.Equal([reply], sent); // a typed command's one reply, in the chat it was typed in
        }
        else
        {
            Assert.True(sent.Count == 0, $"{action} as {who} sent: {string.Join(", ", sent.Select(s => s.Method + " " + s.Path))}");
        }

        if (answer.Status == 200 && answer.ActivityId.Length > 0)
        {
            Assert.Contains(Host.Logs.GetSnapshot(), r => r.Message.Contains(answer.ActivityId, StringComparison.Ordinal));
        }
    }

    private void AssertNoInterviewerMaterial(Answer answer, Context context)
    {
        var text = answer.Card?.ToJsonString() ?? answer.Body?.ToJsonString() ?? string.Empty;
        Assert.DoesNotContain(NoteText, text, StringComparison.Ordinal);
        Assert.DoesNotContain(StrengthsText, text, StringComparison.Ordinal);
        if (answer.Card is { } card)
        {
            var verbs = CardJson.Verbs(card);
            Assert.DoesNotContain(CardVerbs.SaveNote, verbs);
            Assert.DoesNotContain(CardVerbs.SubmitFeedback, verbs);
            Assert.DoesNotContain(CardVerbs.SubmitSelfAssessment, verbs); // nobody is handed a form that is not theirs
        }
        else if (answer.Body is JsonObject body)
        {
            Assert.Null(body["private"]);
        }

        if (context.Session?.Current is { } current)
        {
            var question = QuestionBank.BuiltIn.Get(current.QuestionId);
            Assert.DoesNotContain(question.WhatGoodLooksLike, text, StringComparison.Ordinal);
        }
    }

    /// <summary>A notice with no buttons that says only someone else may do it (the quiz's own text says "Only the …" too).</summary>
    private static bool IsRefusalNotice(Answer answer) =>
        (answer.Card is null || CardJson.Verbs(answer.Card).Count == 0) &&
        (answer.Text.Contains("Only the", StringComparison.Ordinal) || answer.Text.Contains("Only career-center", StringComparison.Ordinal));

    /// <summary>The message extension's "Start a mock interview" invoke in the group chat, as MessageExtensionTests builds it.</summary>
    private static JsonNode ExtensionInvoke((string Id, string Name) from, string name, JsonObject? data)
    {
        var activity = GroupMessage(from, string.Empty);
        activity.AsObject().Remove("text");
        activity.AsObject().Remove("textFormat");
        activity["type"] = "invoke";
        activity["name"] = name;
        var value = new JsonObject { ["commandId"] = RouteTable.StartMockCommand, ["commandContext"] = "compose", ["context"] = new JsonObject { ["theme"] = "default" } };
        if (data is not null)
        {
            value["data"] = data;
        }

        activity["value"] = value;
        return activity;
    }

    private static JsonNode HistoryAboutStudent((string Id, string Name) asker)
    {
        var activity = GroupMessage(asker, $"<at>TeamsMockBot</at> history <at>{Student.Name}</at>");
        activity["entities"] = new JsonArray(
            new JsonObject { ["type"] = "mention", ["text"] = "<at>TeamsMockBot</at>", ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "TeamsMockBot" } },
            new JsonObject { ["type"] = "mention", ["text"] = $"<at>{Student.Name}</at>", ["mentioned"] = new JsonObject { ["id"] = Student.Id, ["name"] = Student.Name } });
        return activity;
    }

    /// <summary>One host for the whole table (cells run one after another, each on its own fresh session), with Teams sign-on and staff configured.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        private FakeEntraId? _entra;
        private BotHost? _host;

        public FakeEntraId Entra => _entra!;

        public BotHost Host => _host!;

        public async Task InitializeAsync()
        {
            _entra = await FakeEntraId.StartAsync();
            var settings = Entra.Settings();
            settings["Teams:AllowedTenantIds:0"] = TenantId;
            settings["Teams:AllowedTenantIds:1"] = FakeEntraId.TenantId;
            settings["Privacy:StaffIds:0"] = DirectoryIdOf(Staff.Id);
            _host = new BotHost(settings: settings);
            foreach (var person in new[] { TeamsActivities.Mentor, Student, Bystander, Staff })
            {
                Host.Teams.Roster.Add(person);
            }
        }

        public async Task DisposeAsync()
        {
            await Host.DisposeAsync();
            Host.DeleteData();
            await Entra.DisposeAsync();
        }
    }
}
