using System.Text.Json.Nodes;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Domain.Timing;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Teams;

/// <summary>A whole mentor-led mock in a group chat, driven the way Teams drives the bot.</summary>
public sealed class MentorLedMockTests : HostTest
{
    private const string SetupMessageId = "msg-setup-card";

    public override Task InitializeAsync()
    {
        Host.Teams.Roster.Add(Mentor);
        Host.Teams.Roster.Add(Student);
        Host.Teams.Roster.Add(Bystander);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task MentorLedMock_FromSetupToFeedback_StudentGetsFeedbackCardAndNeverSeesHints()
    {
        // "mock @Sam" in the group chat: the setup card offers the chat's members as candidates.
        using (var response = await Host.PostActivityAsync(GroupMessage(Mentor, "<at>TeamsMockBot</at> mock")))
        {
            Assert.Equal(200, (int)response.StatusCode);
        }

        var setup = Host.Teams.Calls.Single(c => c.Method == "POST" && c.ConversationId == GroupChatId);
        Assert.Contains(CardVerbs.CreateSession, CardJson.Verbs(setup.Card!));
        Assert.Contains(Student.Name, CardJson.Text(setup.Card!));

        var sessionId = await CreateSessionAsync(questions: 2);
        var session = (await Host.SessionAsync(sessionId))!;
        Assert.Equal(Mentor.Id, session.Interviewer.Id);
        Assert.Equal(Student.Id, session.Candidate.Id);
        Assert.Equal(2, session.Questions.Count);
        var questions = session.Questions.Select(q => QuestionBank.BuiltIn.Get(q.QuestionId)).ToList();

        // Start: the interviewer's own view has the hint; the message everyone sees does not.
        var interviewerView = await ClickAsync(Mentor, CardVerbs.Start, sessionId);
        Assert.Contains(questions[0].Text, CardJson.Text(interviewerView));
        Assert.Contains(questions[0].WhatGoodLooksLike, CardJson.Text(interviewerView));
        var shared = LastSharedCard();
        Assert.Contains(questions[0].Text, CardJson.Text(shared));
        Assert.DoesNotContain(questions[0].WhatGoodLooksLike, CardJson.Text(shared));
        Assert.Equal(Mentor.Id, shared["refresh"]!["userIds"]![0]!.GetValue<string>());

        // Halfway through the first question the sweep updates the same card in place, once.
        Host.Time.Advance(questions[0].TimeAllowed / 2);
        var updatesBefore = SharedUpdates().Count;
        Assert.Equal(1, await Host.FireDueTimersAsync());
        Assert.Equal(0, await Host.FireDueTimersAsync());
        Assert.Equal(updatesBefore + 1, SharedUpdates().Count);
        Assert.Equal(TimerMilestone.Halfway, (await Host.SessionAsync(sessionId))!.Current!.Announced);

        // Next, then a double click on the same card: the interview moves on once.
        await ClickAsync(Mentor, CardVerbs.Next, sessionId, questionNumber: 1);
        await ClickAsync(Mentor, CardVerbs.Next, sessionId, questionNumber: 1);
        session = (await Host.SessionAsync(sessionId))!;
        Assert.Equal(SessionStage.Interviewing, session.Stage);
        Assert.Equal(2, session.CurrentNumber);

        // The candidate cannot drive the interviewer's controls.
        var refused = await ClickAsync(Student, CardVerbs.Next, sessionId, questionNumber: 2);
        Assert.Contains("Only the interviewer", CardJson.Text(refused));
        Assert.Equal(2, (await Host.SessionAsync(sessionId))!.CurrentNumber);

        await ClickAsync(Mentor, CardVerbs.EndInterview, sessionId);
        Assert.Equal(SessionStage.CandidateQuestions, (await Host.SessionAsync(sessionId))!.Stage);
        await ClickAsync(Mentor, CardVerbs.OpenFeedback, sessionId);

        // The forms arrive in each person's personal chat.
        var feedbackForm = CardsIn(PersonalChatId(Mentor.Id)).Single();
        Assert.Contains(CardVerbs.SubmitFeedback, CardJson.Verbs(feedbackForm));
        var selfForm = CardsIn(PersonalChatId(Student.Id)).Single();
        Assert.Contains(CardVerbs.SubmitSelfAssessment, CardJson.Verbs(selfForm));

        var feedbackFormId = CardJson.Data(feedbackForm, CardVerbs.SubmitFeedback)[CardInputs.SubmissionId]!.GetValue<string>();
        var selfFormId = CardJson.Data(selfForm, CardVerbs.SubmitSelfAssessment)[CardInputs.SubmissionId]!.GetValue<string>();

        // Missing fields: the form comes back with errors, and what was typed is kept.
        var partial = FeedbackInputs(sessionId, feedbackFormId);
        partial.Remove(TeamsMockBot.Cards.FeedbackInputs.Strengths);
        partial.Remove(TeamsMockBot.Cards.FeedbackInputs.Rating("Presence"));
        var reshown = await Host.InvokeAsync(Invoke(Mentor, CardVerbs.SubmitFeedback, partial, "msg-form", "personal"));
        Assert.Contains(CardVerbs.SubmitFeedback, CardJson.Verbs(reshown));
        Assert.Equal(partial[TeamsMockBot.Cards.FeedbackInputs.Improvements]!.GetValue<string>(), CardJson.Inputs(reshown)[TeamsMockBot.Cards.FeedbackInputs.Improvements]);
        Assert.Equal(feedbackFormId, CardJson.Data(reshown, CardVerbs.SubmitFeedback)[CardInputs.SubmissionId]!.GetValue<string>());
        Assert.Null((await Host.SessionAsync(sessionId))!.Feedback);

        // The submit arrives twice (double click / Teams retry): one record.
        await Host.InvokeAsync(Invoke(Mentor, CardVerbs.SubmitFeedback, FeedbackInputs(sessionId, feedbackFormId), "msg-form", "personal"));
        await Host.InvokeAsync(Invoke(Mentor, CardVerbs.SubmitFeedback, FeedbackInputs(sessionId, feedbackFormId), "msg-form", "personal"));
        Assert.Empty((await Host.SessionAsync(sessionId))!.EarlierFeedback);
        Assert.Single(CardsIn(PersonalChatId(Student.Id))); // still only the self-assessment form: feedback waits for it

        // An edit is a new version; the first one is kept.
        var editForm = await Host.InvokeAsync(Invoke(Mentor, CardVerbs.EditFeedback, new JsonObject { [CardInputs.SessionId] = sessionId }, "msg-form", "personal"));
        var editFormId = CardJson.Data(editForm, CardVerbs.SubmitFeedback)[CardInputs.SubmissionId]!.GetValue<string>();
        Assert.NotEqual(feedbackFormId, editFormId);
        Assert.Equal(nameof(Readiness.Almost), CardJson.Inputs(editForm)[TeamsMockBot.Cards.FeedbackInputs.Readiness]);
        var edited = FeedbackInputs(sessionId, editFormId);
        edited[TeamsMockBot.Cards.FeedbackInputs.Readiness] = nameof(Readiness.Ready);
        await Host.InvokeAsync(Invoke(Mentor, CardVerbs.SubmitFeedback, edited, "msg-form", "personal"));
        session = (await Host.SessionAsync(sessionId))!;
        Assert.Equal(Readiness.Ready, session.Feedback!.Readiness);
        Assert.Equal(Readiness.Almost, Assert.Single(session.EarlierFeedback).Readiness);

        await Host.InvokeAsync(Invoke(Student, CardVerbs.SubmitSelfAssessment, SelfInputs(sessionId, selfFormId), "msg-self", "personal"));
        await Host.InvokeAsync(Invoke(Student, CardVerbs.SubmitSelfAssessment, SelfInputs(sessionId, selfFormId), "msg-self", "personal"));
        var report = CardsIn(PersonalChatId(Student.Id)).Last();
        var reportText = CardJson.Text(report);
        Assert.Contains("Opened with a crisp one-line summary", reportText);
        Assert.Contains("Practise two STAR stories", reportText);

        session = (await Host.SessionAsync(sessionId))!;
        Assert.Equal(SessionStage.Completed, session.Stage);
        Assert.Equal(Readiness.Ready, session.Feedback!.Readiness);
        Assert.Single(CardsIn(PersonalChatId(Student.Id)), c => CardJson.Text(c).Contains("Practise two STAR stories", StringComparison.Ordinal));
        Assert.Equal(3, session.SelfAssessment!.Ratings["Structure"]);

        // Nothing sent to the student or to the shared chat ever carried interviewer material.
        var secrets = questions.SelectMany(q => q.FollowUps.Append(q.WhatGoodLooksLike)).ToList();
        var seenByStudent = Host.Teams.Calls.Where(c => c.ConversationId == PersonalChatId(Student.Id) || c.Method == "PUT").Select(c => c.CardText);
        Assert.All(seenByStudent, text => Assert.All(secrets, secret => Assert.DoesNotContain(secret, text)));
    }

    [Fact]
    public async Task SetupCreate_DoubleClick_StoresOneSession()
    {
        var first = await CreateSessionAsync(questions: 3);
        var second = await CreateSessionAsync(questions: 3);
        Assert.Equal(first, second);
        var keys = new List<string>();
        await foreach (var key in Host.Store.ListKeysAsync("sessions/", CancellationToken.None))
        {
            keys.Add(key);
        }

        Assert.Single(keys);
    }

    private async Task<string> CreateSessionAsync(int questions)
    {
        var data = new JsonObject
        {
            [CardInputs.Candidate] = Student.Id,
            [CardInputs.Track] = nameof(Track.Behavioral),
            [CardInputs.Focus] = "leadership",
            [CardInputs.Format] = nameof(InterviewFormat.MentorLed),
            [CardInputs.Length] = "60",
            [CardInputs.QuestionCount] = questions.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var card = await Host.InvokeAsync(Invoke(Mentor, CardVerbs.CreateSession, data, SetupMessageId));
        Assert.Contains(CardVerbs.Start, CardJson.Verbs(card));
        return CardJson.Data(card, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>();
    }

    private Task<JsonNode> ClickAsync((string Id, string Name) who, string verb, string sessionId, int? questionNumber = null)
    {
        var data = new JsonObject { [CardInputs.SessionId] = sessionId };
        if (questionNumber is { } q)
        {
            data[CardInputs.QuestionNumber] = q;
        }

        return Host.InvokeAsync(Invoke(who, verb, data, SetupMessageId));
    }

    private List<CapturedCall> SharedUpdates() =>
        Host.Teams.Calls.Where(c => c.Method == "PUT" && c.Path.EndsWith("/activities/" + SetupMessageId, StringComparison.Ordinal)).ToList();

    private JsonNode LastSharedCard() => SharedUpdates().Last().Card!;

    private List<JsonNode> CardsIn(string conversationId) =>
        Host.Teams.Calls.Where(c => c.Method == "POST" && c.ConversationId == conversationId && c.Card is not null).Select(c => c.Card!).ToList();

    private static JsonObject FeedbackInputs(string sessionId, string submissionId)
    {
        var data = new JsonObject
        {
            [CardInputs.SessionId] = sessionId,
            [CardInputs.SubmissionId] = submissionId,
            [TeamsMockBot.Cards.FeedbackInputs.Strengths] = "Opened with a crisp one-line summary and kept each answer to about two minutes.",
            [TeamsMockBot.Cards.FeedbackInputs.Improvements] = "Quantify results: say how much time or money the change saved, not just that it helped.",
            [TeamsMockBot.Cards.FeedbackInputs.ActionStep(1)] = "Practise two STAR stories with a number in the result.",
            [TeamsMockBot.Cards.FeedbackInputs.ActionStep(2)] = "Prepare three questions to ask the interviewer.",
            [TeamsMockBot.Cards.FeedbackInputs.Readiness] = nameof(Readiness.Almost),
        };
        foreach (var competency in Rubric.BuiltIn.General.Select(c => c.Id))
        {
            data[TeamsMockBot.Cards.FeedbackInputs.Rating(competency)] = "3";
        }

        return data;
    }

    private static JsonObject SelfInputs(string sessionId, string submissionId)
    {
        var data = new JsonObject { [CardInputs.SessionId] = sessionId, [CardInputs.SubmissionId] = submissionId, [TeamsMockBot.Cards.FeedbackInputs.Reflection] = "I rushed the result part." };
        foreach (var competency in Rubric.BuiltIn.General.Select(c => c.Id))
        {
            data[TeamsMockBot.Cards.FeedbackInputs.Rating(competency)] = "3";
        }

        return data;
    }
}
