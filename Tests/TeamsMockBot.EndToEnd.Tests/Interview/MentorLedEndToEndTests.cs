using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Application.Feedback;
using TeamsMockBot.Application.History;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Application.Turns;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.EndToEnd.Tests.Harness;

namespace TeamsMockBot.EndToEnd.Tests.Interview;

/// <summary>
/// A whole mentor-led mock in the group chat. Sam (the candidate) is at the page; Morgan (the
/// interviewer) acts through the Playground's API, so the test reads his private view from his
/// click responses and his feedback form from what the bot sent to his personal chat, which the
/// page cannot show.
/// </summary>
public sealed class MentorLedEndToEndTests(PlaygroundFixture teams) : IClassFixture<PlaygroundFixture>
{
    private const string Strengths = "Opened with a crisp one-line summary and kept each answer to about two minutes.";
    private const string Improvements = "Quantify results: say how much time or money the change saved, not just that it helped.";
    private const string FirstStep = "Practise two STAR stories with a number in the result.";
    private const string PrivateHeading = "What good looks like";

    private static readonly PlaygroundPerson Morgan = PlaygroundCast.Morgan;

    [Fact]
    public async Task MentorLedMock_InGroupChat_CandidateNeverSeesHintsAndGetsFeedbackCard()
    {
        var group = teams.Cast.GroupChatId;
        await using var page = await teams.OpenPageAsync(nameof(MentorLedMock_InGroupChat_CandidateNeverSeesHintsAndGetsFeedbackCard));
        await page.OpenChatAsync(page.GroupChat);
        await teams.Feed.WaitForAsync(m => m.ConversationId == group && m.Says("welcome"));
        var before = await page.CardCountAsync();
        var seen = teams.Feed.Events.Count;

        // Morgan: "@Mock Interviews mock". Everyone sees the setup card, with Sam among the candidates.
        await teams.Api.SendAsAsync(Morgan, group, "mock");
        var setupMessage = await teams.Feed.WaitForAsync(m => m.ConversationId == group && m.ActionData(CardVerbs.CreateSession) is not null, seen);
        Assert.True(setupMessage.Says(teams.Cast.CurrentUser.Name), "The setup card should offer Sam as the candidate.");
        var setup = await page.WaitForCardAsync("Set up a mock interview", after: before);
        await page.ScreenshotAsync("01-setup", setup);

        // Morgan picks Sam, two questions, and creates the session.
        var ready = await ClickAsync(CardVerbs.CreateSession, setupMessage.MessageId, new JsonObject
        {
            [CardInputs.Candidate] = teams.Cast.CurrentUser.Id,
            [CardInputs.Track] = nameof(Track.Behavioral),
            [CardInputs.Focus] = "leadership",
            [CardInputs.Format] = nameof(InterviewFormat.MentorLed),
            [CardInputs.Length] = "60",
            [CardInputs.QuestionCount] = "2",
        });
        Assert.Contains("Ready to start", PlaygroundMessage.TextOf(ready));
        var sessionId = PlaygroundMessage.ActionData(ready, CardVerbs.Start)?[CardInputs.SessionId]?.GetValue<string>()
            ?? throw new Xunit.Sdk.XunitException("Morgan's card has no Start button:\n" + PlaygroundMessage.TextOf(ready));
        var session = await teams.Bot.Services.GetRequiredService<ISessionStore>().GetAsync(sessionId, CancellationToken.None);
        Assert.Equal(Morgan.Id, session.Interviewer.Id);
        Assert.Equal(teams.Cast.CurrentUser.Id, session.Candidate.Id);
        var questions = session.Questions.Select(q => QuestionBank.BuiltIn.Get(q.QuestionId)).ToList();
        Assert.Equal(2, questions.Count);

        // Sam's copy of the card changed in place and has no controls.
        var shared = await page.WaitForCardAsync($"When {Morgan.Name} presses Start", after: before);
        Assert.Equal(0, await Buttons(shared, "Start").CountAsync());
        await page.ScreenshotAsync("02-ready", shared);

        // Start, Next: Morgan's view carries the hints; Sam's shows the question and never the hint.
        var interviewer = await ClickAsync(CardVerbs.Start, setupMessage.MessageId, Session(sessionId));
        shared = await AssertQuestionAsync(page, before, interviewer, 1, questions[0]);
        await page.ScreenshotAsync("03-question-1", shared);

        interviewer = await ClickAsync(CardVerbs.Next, setupMessage.MessageId, Session(sessionId, question: 1));
        shared = await AssertQuestionAsync(page, before, interviewer, 2, questions[1]);
        await page.ScreenshotAsync("04-question-2", shared);

        interviewer = await ClickAsync(CardVerbs.EndInterview, setupMessage.MessageId, Session(sessionId, question: 2));
        Assert.NotNull(PlaygroundMessage.ActionData(interviewer, CardVerbs.OpenFeedback));
        shared = await page.WaitForCardAsync($"Over to you, {teams.Cast.CurrentUser.Name}", after: before);
        Assert.Equal(0, await Buttons(shared, "Open feedback").CountAsync());
        await page.ScreenshotAsync("05-candidate-questions", shared);

        // Open feedback: the forms go to each person's personal chat.
        interviewer = await ClickAsync(CardVerbs.OpenFeedback, setupMessage.MessageId, Session(sessionId));
        Assert.Contains("Feedback time", PlaygroundMessage.TextOf(interviewer));
        shared = await page.WaitForCardAsync("Feedback time", after: before);
        await page.ScreenshotAsync("06-feedback-time", shared);

        // Morgan's form went to his personal chat, which the page cannot show: take it from what the bot sent.
        var formPost = await teams.Bot.Connector.WaitForAsync(c => c.IsNewMessage && c.Message.ActionData(CardVerbs.SubmitFeedback) is not null);
        Assert.NotEqual(group, formPost.ConversationId);
        Assert.NotEqual(teams.Cast.PersonalChatId, formPost.ConversationId);
        Assert.True(formPost.Message.Says($"Feedback for {teams.Cast.CurrentUser.Name}"), formPost.Message.AllText);
        var form = formPost.Message.ActionData(CardVerbs.SubmitFeedback)!;

        // A submit without strengths comes back with the error beside the field and what was typed kept.
        var partial = FeedbackInputs(form);
        partial.Remove(TeamsMockBot.Cards.FeedbackInputs.Strengths);
        var reshown = await ClickAsync(CardVerbs.SubmitFeedback, formPost.MessageId!, partial, formPost.ConversationId);
        var reshownText = PlaygroundMessage.TextOf(reshown);
        Assert.Contains("Name at least one strength.", reshownText);
        Assert.Contains(Improvements, reshownText);
        Assert.Equal(form[CardInputs.SubmissionId]!.GetValue<string>(), PlaygroundMessage.ActionData(reshown, CardVerbs.SubmitFeedback)?[CardInputs.SubmissionId]?.GetValue<string>());

        var thanks = await ClickAsync(CardVerbs.SubmitFeedback, formPost.MessageId!, FeedbackInputs(form), formPost.ConversationId);
        Assert.Contains("Thanks for your feedback", PlaygroundMessage.TextOf(thanks));
        shared = await page.WaitForCardAsync("Received", after: before);
        await page.ScreenshotAsync("07-feedback-received", shared);

        // Sam rates himself on the page, in his personal chat.
        await page.OpenChatAsync(page.PersonalChat);
        var self = await page.WaitForCardAsync($"How did it go, {teams.Cast.CurrentUser.Name}?");
        Assert.Contains($"the same rubric {Morgan.Name} uses", await self.InnerTextAsync());
        foreach (var competency in Rubric.BuiltIn.General)
        {
            await page.ChooseAsync(competency.Title, "3", self);
        }

        await page.FillAsync("What went well, and what would you do differently? (optional)", "I rushed the result part.", self);
        await page.ScreenshotAsync("08-self-assessment", self);
        var cardsBeforeReport = await page.CardCountAsync();
        await page.ClickCardButtonAsync("Submit self-assessment", self);

        await page.WaitForCardAsync("Self-assessment saved");
        var report = await page.WaitForCardAsync("Your mock interview feedback", after: cardsBeforeReport);
        var reportText = await report.InnerTextAsync();
        Assert.Contains(Strengths, reportText);
        Assert.Contains(Improvements, reportText);
        Assert.Contains(FirstStep, reportText);
        Assert.Contains(Rubric.BuiltIn.ReadinessLabel(Readiness.Almost), reportText);
        Assert.Contains($"{Morgan.Name} thinks you're close", reportText);
        await page.ScreenshotAsync("09-feedback-card", report);

        // The group chat's card says it is done.
        await page.OpenChatAsync(page.GroupChat);
        shared = await page.WaitForCardAsync("feedback card is in their personal chat");
        await page.ScreenshotAsync("10-done", shared);

        // Nothing that reached Sam's page, in any chat, carried the interviewer's private material.
        var secrets = questions.SelectMany(q => q.FollowUps.Append(q.WhatGoodLooksLike)).Append(PrivateHeading).ToList();
        foreach (var message in teams.Feed.Events)
        {
            foreach (var secret in secrets)
            {
                Assert.False(message.Says(secret), $"Sam's page got \"{secret}\" in {message.Action} {message.MessageId}.");
            }
        }
    }

    /// <summary>Morgan's click response shows question <paramref name="number"/> with its hint; Sam's card shows the question only.</summary>
    private async Task<ILocator> AssertQuestionAsync(PlaygroundPage page, int before, JsonNode? interviewer, int number, Question question)
    {
        var heading = $"Question {number} of 2";
        var privateView = PlaygroundMessage.TextOf(interviewer);
        Assert.Contains(heading, privateView);
        Assert.Contains(question.Text, privateView);
        Assert.Contains(PrivateHeading, privateView);
        Assert.Contains(question.WhatGoodLooksLike, privateView);

        var shared = await page.WaitForCardAsync(question.Text, after: before);
        var seen = await shared.InnerTextAsync();
        Assert.Contains(heading, seen);
        Assert.DoesNotContain(PrivateHeading, seen);
        Assert.DoesNotContain(question.WhatGoodLooksLike, seen);
        Assert.Equal(0, await Buttons(shared, "Next question").CountAsync() + await Buttons(shared, "Finish questions").CountAsync());
        return shared;
    }

    private Task<JsonNode?> ClickAsync(string verb, string messageId, JsonObject data, string? conversationId = null) =>
        teams.Api.ClickAsync(Morgan, conversationId ?? teams.Cast.GroupChatId, messageId, verb, data);

    private static ILocator Buttons(ILocator card, string title) =>
        card.GetByRole(AriaRole.Button, new() { Name = title, Exact = true });

    private static JsonObject Session(string sessionId, int? question = null)
    {
        var data = new JsonObject { [CardInputs.SessionId] = sessionId };
        if (question is { } q)
        {
            data[CardInputs.QuestionNumber] = q;
        }

        return data;
    }

    /// <summary>The form's own data (session and submission id) merged with everything Morgan fills in.</summary>
    private static JsonObject FeedbackInputs(JsonObject form)
    {
        var data = (JsonObject)form.DeepClone();
        data[TeamsMockBot.Cards.FeedbackInputs.Strengths] = Strengths;
        data[TeamsMockBot.Cards.FeedbackInputs.Improvements] = Improvements;
        data[TeamsMockBot.Cards.FeedbackInputs.ActionStep(1)] = FirstStep;
        data[TeamsMockBot.Cards.FeedbackInputs.ActionStep(2)] = "Prepare three questions to ask the interviewer.";
        data[TeamsMockBot.Cards.FeedbackInputs.Readiness] = nameof(Readiness.Almost);
        foreach (var competency in Rubric.BuiltIn.General.Select(c => c.Id))
        {
            data[TeamsMockBot.Cards.FeedbackInputs.Rating(competency)] = (competency == "Results" ? 2 : 3).ToString(CultureInfo.InvariantCulture);
        }

        return data;
    }
}
