using Microsoft.Extensions.DependencyInjection;
using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Application.Feedback;
using TeamsMockBot.Application.History;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Application.Turns;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.EndToEnd.Tests.Harness;

namespace TeamsMockBot.EndToEnd.Tests.Interview;

/// <summary>A whole solo practice, clicked through by Sam on the Playground page in the personal chat.</summary>
public sealed class SoloPracticeEndToEndTests(PlaygroundFixture teams) : IClassFixture<PlaygroundFixture>
{
    private const string Reflection = "My second answer had no clear result; next time I open with the numbers.";

    [Fact]
    public async Task SoloPractice_TwoQuestionsThenSelfAssessment_SummaryCardArrivesInPersonalChat()
    {
        await using var page = await teams.OpenPageAsync(nameof(SoloPractice_TwoQuestionsThenSelfAssessment_SummaryCardArrivesInPersonalChat));
        await page.OpenChatAsync(page.PersonalChat);
        await teams.Feed.WaitForAsync(m => m.ConversationId == teams.Cast.PersonalChatId && m.Says("welcome"));
        var before = await page.CardCountAsync();

        // "mock" in the personal chat: only solo practice is possible here.
        await page.SendAsync("mock");
        var setup = await page.WaitForCardAsync("Set up a solo practice", after: before);
        await page.ChooseAsync("Track", "Product management", setup);
        await page.FillAsync("Focus (optional)", "prioritisation", setup);
        await page.FillAsync("Number of questions", "2", setup);
        await page.ScreenshotAsync("01-setup", setup);
        var seen = teams.Feed.Events.Count;
        await page.ClickCardButtonAsync("Start practice session", setup);

        // The setup card turns into the session's card, in place.
        var ready = await page.WaitForCardAsync("Ready to start", after: before);
        var sessionId = (await teams.Feed.WaitForAsync(m => m.ActionData(CardVerbs.Refresh) is not null, seen)).ActionData(CardVerbs.Refresh)![CardInputs.SessionId]!.GetValue<string>();
        var session = await teams.Bot.Services.GetRequiredService<ISessionStore>().GetAsync(sessionId, CancellationToken.None);
        Assert.Equal(Track.ProductManagement, session.Setup.Track);
        Assert.True(session.IsSolo);
        var questions = session.Questions.Select(q => QuestionBank.BuiltIn.Get(q.QuestionId).Text).ToList();
        Assert.Equal(2, questions.Count);
        await page.ScreenshotAsync("02-ready", ready);

        await page.ClickCardButtonAsync("Start", ready);
        var first = await page.WaitForCardAsync("Question 1 of 2", after: before);
        Assert.Contains(questions[0], await first.InnerTextAsync());
        await page.ScreenshotAsync("03-question-1", first);

        await page.ClickCardButtonAsync("Next question", first);
        var second = await page.WaitForCardAsync("Question 2 of 2", after: before);
        Assert.Contains(questions[1], await second.InnerTextAsync());
        await page.ScreenshotAsync("04-question-2", second);

        await page.ClickCardButtonAsync("End interview", second);
        var finish = await page.WaitForCardAsync("Finish strong", after: before);
        await page.ScreenshotAsync("05-finish-strong", finish);

        // "Rate myself" opens feedback: the self-assessment form comes as a new message.
        var cardsBeforeForm = await page.CardCountAsync();
        await page.ClickCardButtonAsync("Rate myself", finish);
        await page.WaitForCardAsync("Your self-assessment form is in your personal chat", after: before);
        var form = await page.WaitForCardAsync("How did it go, Sam Student?", after: cardsBeforeForm);
        foreach (var competency in Rubric.BuiltIn.General)
        {
            await page.ChooseAsync(competency.Title, competency.Id == "Results" ? "2" : "3", form);
        }

        await page.FillAsync("What went well, and what would you do differently? (optional)", Reflection, form);
        await page.ScreenshotAsync("06-self-assessment", form);
        var cardsBeforeReport = await page.CardCountAsync();
        await page.ClickCardButtonAsync("Submit self-assessment", form);

        // The form turns into a thank-you, and the summary arrives below it.
        await page.WaitForCardAsync("Self-assessment saved", after: before);
        var report = await page.WaitForCardAsync("Your practice summary", after: cardsBeforeReport);
        var reportText = await report.InnerTextAsync();
        Assert.Contains("Practice complete", reportText);
        Assert.Contains(Reflection, reportText);
        Assert.Contains(Rubric.BuiltIn.Find("Results")!.Title, reportText);
        await page.ScreenshotAsync("07-summary", report);
    }
}
