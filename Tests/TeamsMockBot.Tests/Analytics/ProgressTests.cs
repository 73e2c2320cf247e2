using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Quiz;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Analytics;

/// <summary><c>my progress</c> across the student's delivered sessions: trends as charts with text fallbacks, what recurs, the action plan, the quiz.</summary>
public sealed class ProgressTests : HostTest
{
    public override async Task InitializeAsync()
    {
        Host.Teams.Roster.Add(Mentor);
        Host.Teams.Roster.Add(Student);
        var driver = new MockDriver(Host);
        await driver.CompleteMentorLedAsync(Mentor, Student, "msg-setup-1");
        Host.Time.Advance(TimeSpan.FromDays(7));
        await driver.CompleteMentorLedAsync(Mentor, Student, "msg-setup-2");
        Host.Teams.Clear();
    }

    private async Task<JsonNode> ProgressAsync()
    {
        Host.Teams.Clear();
        using var response = await Host.PostActivityAsync(PersonalMessage(Student, "my progress"));
        Assert.True(response.IsSuccessStatusCode);
        return Assert.Single(Host.Teams.Calls, c => c.Card is not null).Card!;
    }

    private static List<JsonObject> Charts(JsonNode card) =>
        card["body"]!.AsArray().OfType<JsonObject>().Where(e => e["type"]?.GetValue<string>() == "Chart.Line").ToList();

    [Fact]
    public void Progress_IsItsOwnCommand_HistoryStaysTheList()
    {
        Assert.Equal(Application.Routing.BotCommand.Progress, Application.Routing.BotCommands.Parse("my progress"));
        Assert.Equal(Application.Routing.BotCommand.History, Application.Routing.BotCommands.Parse("history"));
    }

    [Fact]
    public async Task Progress_AskedInAGroupChat_IsSentToThePersonalChatOnly()
    {
        using (var response = await Host.PostActivityAsync(GroupMessage(Student, "<at>TeamsMockBot</at> my progress")))
        {
            Assert.True(response.IsSuccessStatusCode);
        }

        var inGroup = Assert.Single(Host.Teams.Calls, c => c.ConversationId == GroupChatId && c.Card is not null).Card!;
        Assert.Contains("Your progress is in our personal chat.", CardJson.Text(inGroup), StringComparison.Ordinal);
        Assert.Empty(Charts(inGroup));
        var personal = Assert.Single(Host.Teams.Calls, c => c.ConversationId == PersonalChatId(Student.Id) && c.Card is not null).Card!;
        Assert.NotEmpty(Charts(personal));
    }

    [Fact]
    public async Task History_AskedInAGroupChat_IsSentToThePersonalChatOnly()
    {
        using (var response = await Host.PostActivityAsync(GroupMessage(Student, "<at>TeamsMockBot</at> history")))
        {
            Assert.True(response.IsSuccessStatusCode);
        }

        var inGroup = Assert.Single(Host.Teams.Calls, c => c.ConversationId == GroupChatId && c.Card is not null).Card!;
        Assert.Contains("Your history is in our personal chat.", CardJson.Text(inGroup), StringComparison.Ordinal);
        Assert.DoesNotContain(Mentor.Name, CardJson.Text(inGroup), StringComparison.Ordinal);
        var personal = Assert.Single(Host.Teams.Calls, c => c.ConversationId == PersonalChatId(Student.Id) && c.Card is not null).Card!;
        Assert.Contains(Mentor.Name, CardJson.Text(personal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_ChartsEachCompetencyWithATextFallback()
    {
        var card = await ProgressAsync();

        var ratings = Assert.Single(Charts(card));
        Assert.Equal("Ratings (1–4)", ratings["title"]!.GetValue<string>());
        var series = ratings["data"]!.AsArray();
        Assert.Equal(Domain.Feedback.Rubric.BuiltIn.General.Count, series.Count);
        Assert.All(series, s => Assert.Equal(["1. Nov 25", "2. Dec 2"], s!["values"]!.AsArray().Select(v => v!["x"]!.GetValue<string>())));
        var fallback = ratings["fallback"]!;
        Assert.Equal("Container", fallback["type"]!.GetValue<string>());
        Assert.Contains($"{Domain.Feedback.Rubric.BuiltIn.General[0].Title}: 1 → 1", CardJson.Text(fallback), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_NamesCompetenciesThatStayLowAndTheOpenSteps()
    {
        var text = CardJson.Text(await ProgressAsync());

        // MockDriver rates the rubric's competencies 1, 2, 3, 4, 1, … in both sessions.
        Assert.Contains($"{Domain.Feedback.Rubric.BuiltIn.General[0].Title}: rated 2 or lower in 2 sessions.", text, StringComparison.Ordinal);
        Assert.DoesNotContain($"{Domain.Feedback.Rubric.BuiltIn.General[2].Title}: rated 2 or lower", text, StringComparison.Ordinal);
        Assert.Contains("• Rewrite two stories so each ends with a number.", text, StringComparison.Ordinal);
        Assert.Contains("Not taken yet", text, StringComparison.Ordinal);
        Assert.Contains("Send me the .vtt transcript", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_ActionSteps_AreShownAsLiteralText()
    {
        var card = await ProgressAsync();

        var step = card["body"]!.AsArray().OfType<JsonObject>().Single(e => CardJson.Text(e).Contains("Rewrite two stories", StringComparison.Ordinal));
        Assert.Equal("RichTextBlock", step["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Progress_ShowsTheLatestQuizScoreAndDeliveryCharts()
    {
        var quiz = Host.Teams;
        using (await Host.PostActivityAsync(PersonalMessage(Student, "quiz")))
        {
        }

        var quizCard = Assert.Single(quiz.Calls, c => c.Card is not null).Card!;
        var data = CardJson.Data(quizCard, CardVerbs.SubmitQuiz);
        foreach (var question in PracticeQuiz.BuiltIn.Questions)
        {
            data[QuizInputs.Answer(question.Id)] = question.AnswerId;
        }

        await Host.InvokeAsync(Invoke(Student, CardVerbs.SubmitQuiz, data, "msg-quiz", "personal"));
        const string url = "https://contoso-my.sharepoint.com/personal/sam/mock-interview.vtt";
        Host.Teams.Files[url] = (HttpStatusCode.OK, Encoding.UTF8.GetBytes(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Analytics", "Fixtures", "mock-interview.vtt"))));
        using (await Host.PostActivityAsync(PersonalFile(Student, "mock-interview.vtt", url)))
        {
        }

        var card = await ProgressAsync();

        Assert.Contains("Latest score: 10 out of 10", CardJson.Text(card), StringComparison.Ordinal);
        Assert.Equal(["Ratings (1–4)", "Speaking pace (words per minute)", "Filler words per minute"], Charts(card).Select(c => c["title"]!.GetValue<string>()));
        Assert.Contains("Pace: 91 wpm", CardJson.Text(Charts(card)[1]["fallback"]!), StringComparison.Ordinal);
    }
}
