using System.Globalization;
using System.Text.Json.Nodes;
using TeamsMockBot.Cards;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Feedback;

/// <summary>
/// The student's feedback card through /api/messages: calibration against their own ratings, the
/// action plan with dates, "Mark done" (stored; the card updates), and "Share with my career
/// advisor" (shown only when staff are configured; a copy goes to each, through durable delivery).
/// </summary>
public sealed class FeedbackReportActionsTests : IAsyncLifetime
{
    private static readonly (string Id, string Name) Advisor = ("29:careers-casey", "Casey Careers");
    private static readonly (string Id, string Name) SecondAdvisor = ("29:careers-robin", "Robin Careers");

    private BotHost host = new();

    public Task InitializeAsync()
    {
        AddRoster(host);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        host.DeleteData();
    }

    [Fact]
    public async Task Report_MentorAndSelf_ShowsGapsNamedStepDatesAndNoShareButtonWithoutStaff()
    {
        var (sessionId, report) = await CompleteWithDatedStepAsync();

        var text = CardJson.Text(report);
        // MockDriver rates competency i as (i % 4) + 1 on both forms, so the student's own ratings match the mentor's: no gap.
        Assert.Contains("Gap", text, StringComparison.Ordinal);
        Assert.Contains("You and Morgan Mentor rated you the same on every competency you both rated.", text, StringComparison.Ordinal);
        Assert.Contains("Before the next mock", text, StringComparison.Ordinal);
        Assert.Contains("By {{DATE(", text, StringComparison.Ordinal);
        Assert.Equal(2, CardJson.Verbs(report).Count(v => v == CardVerbs.MarkStepDone));
        Assert.DoesNotContain(CardVerbs.ShareWithAdvisor, CardJson.Verbs(report));
        Assert.Equal(2, (await host.SessionAsync(sessionId))!.OpenActionSteps().Count);
    }

    [Fact]
    public async Task Report_StudentRatesThemselvesHigherOnResults_NamesThatGapInASentence()
    {
        var sessionId = await new MockDriver(host).MentorLedToFeedbackAsync(Mentor, Student, "msg-setup");
        await new MockDriver(host).SubmitFeedbackAsync(Mentor, sessionId);
        var self = MockDriver.Ratings();
        self[FeedbackInputs.Rating("Results")] = "4"; // the mentor gave 3
        self[FeedbackInputs.Rating("Structure")] = "4"; // the mentor gave 1
        await new MockDriver(host).SubmitAsync(Student, CardVerbs.SubmitSelfAssessment, sessionId, self);

        var report = CardJson.Text(LastCardTo(Student));

        Assert.Contains("Largest gaps: you rated your Structure (STAR) 4, Morgan Mentor 1; you rated your Results and impact 4, Morgan Mentor 3.", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkStepDone_StoresItAndTheCardShowsItDone_AndASecondClickChangesNothing()
    {
        var (sessionId, _) = await CompleteWithDatedStepAsync();

        var card = await MarkDoneAsync(Student, sessionId, 1);
        var again = await MarkDoneAsync(Student, sessionId, 1);

        var session = (await host.SessionAsync(sessionId))!;
        var done = Assert.Single(session.StepsDone);
        Assert.Equal(1, done.Number);
        Assert.Equal(host.Time.GetUtcNow(), done.At);
        Assert.Equal([2], session.OpenActionSteps().Select(s => s.Number));
        foreach (var answer in new[] { card, again })
        {
            Assert.Contains("1 of 2 done.", CardJson.Text(answer), StringComparison.Ordinal);
            Assert.Contains("Done {{DATE(", CardJson.Text(answer), StringComparison.Ordinal);
            Assert.Single(CardJson.Verbs(answer), v => v == CardVerbs.MarkStepDone);
            Assert.Equal(2, CardJson.Data(answer, CardVerbs.MarkStepDone)[FeedbackInputs.Step]!.GetValue<int>());
        }
    }

    [Theory]
    [InlineData("mentor", 1, "Only Sam Student can mark action-plan steps done.")]
    [InlineData("student", 7, "The action plan has steps 1 to 2; there is no step 7.")]
    public async Task MarkStepDone_ByAnyoneElseOrForAStepThatDoesNotExist_IsRefusedAndNothingStored(string who, int step, string reason)
    {
        var (sessionId, _) = await CompleteWithDatedStepAsync();

        var refused = await MarkDoneAsync(who == "mentor" ? Mentor : Student, sessionId, step);

        Assert.Contains(reason, CardJson.Text(refused), StringComparison.Ordinal);
        Assert.Empty((await host.SessionAsync(sessionId))!.StepsDone);
    }

    [Fact]
    public async Task ShareWithAdvisor_StaffConfigured_SendsACopyToEachAdvisorOnceAndTheCardSaysWhoItWentTo()
    {
        await UseHostWithStaffAsync();
        var (sessionId, report) = await CompleteWithDatedStepAsync();
        Assert.Contains(CardVerbs.ShareWithAdvisor, CardJson.Verbs(report));
        host.Teams.Clear();

        var answer = await ShareAsync(Student, sessionId);
        var second = await ShareAsync(Student, sessionId);

        Assert.Contains("Shared with your career center (2 career advisors) on {{DATE(", CardJson.Text(answer), StringComparison.Ordinal);
        Assert.DoesNotContain(CardVerbs.ShareWithAdvisor, CardJson.Verbs(answer));
        Assert.DoesNotContain(CardVerbs.ShareWithAdvisor, CardJson.Verbs(second));
        foreach (var advisor in new[] { Advisor, SecondAdvisor })
        {
            var copy = Assert.Single(host.Teams.Calls, c => c.ConversationId == PersonalChatId(advisor.Id) && c.Card is not null).Card!;
            Assert.Contains("Sam Student's mock interview feedback", CardJson.Text(copy), StringComparison.Ordinal);
            Assert.Contains(MockDriver.FeedbackFields()[FeedbackInputs.Strengths]!.GetValue<string>(), CardJson.Text(copy), StringComparison.Ordinal);
            Assert.Empty(CardJson.Verbs(copy));
        }

        var share = Assert.Single((await host.SessionAsync(sessionId))!.SharedWithStaff);
        Assert.Equal([Advisor.Id, SecondAdvisor.Id], share.StaffIds);
        Assert.DoesNotContain(host.Teams.Calls, c => c.ConversationId == PersonalChatId(Mentor.Id));
    }

    [Fact]
    public async Task ShareWithAdvisor_TeamsRefusesAtFirst_TheCardSaysOnItsWayAndTheSweepDeliversIt()
    {
        await UseHostWithStaffAsync();
        var (sessionId, _) = await CompleteWithDatedStepAsync();
        host.Teams.Clear();
        for (var i = 0; i < 20; i++)
        {
            host.Teams.Failures.Enqueue(System.Net.HttpStatusCode.ServiceUnavailable);
        }

        var answer = await ShareAsync(Student, sessionId);

        Assert.Contains("on its way", CardJson.Text(answer), StringComparison.Ordinal);
        Assert.Single((await host.SessionAsync(sessionId))!.SharedWithStaff);
        host.Teams.Failures.Clear();
        host.Time.Advance(TimeSpan.FromMinutes(10));
        await host.DeliverWaitingAsync();
        Assert.Contains(host.Teams.Calls, c => c.ConversationId == PersonalChatId(Advisor.Id) && c.Accepted && c.Card is not null);
        Assert.Contains(host.Teams.Calls, c => c.ConversationId == PersonalChatId(SecondAdvisor.Id) && c.Accepted && c.Card is not null);
    }

    [Fact]
    public async Task ShareWithAdvisor_ByTheMentorOrWithoutStaff_IsRefusedAndNothingIsSent()
    {
        var (sessionId, _) = await CompleteWithDatedStepAsync();
        host.Teams.Clear();

        var noStaff = await ShareAsync(Student, sessionId);

        Assert.Contains("No career advisor is set up", CardJson.Text(noStaff), StringComparison.Ordinal);
        Assert.Empty((await host.SessionAsync(sessionId))!.SharedWithStaff);

        await UseHostWithStaffAsync();
        (sessionId, _) = await CompleteWithDatedStepAsync();
        host.Teams.Clear();
        var byMentor = await ShareAsync(Mentor, sessionId);

        Assert.Contains("Only Sam Student can share this feedback.", CardJson.Text(byMentor), StringComparison.Ordinal);
        Assert.Empty((await host.SessionAsync(sessionId))!.SharedWithStaff);
        Assert.DoesNotContain(host.Teams.Calls, c => c.ConversationId == PersonalChatId(Advisor.Id));
    }

    private async Task UseHostWithStaffAsync()
    {
        await host.DisposeAsync();
        host.DeleteData();
        host = new BotHost(settings: new Dictionary<string, string>
        {
            ["Privacy:StaffIds:0"] = Advisor.Id,
            ["Privacy:StaffIds:1"] = SecondAdvisor.Id,
        });
        AddRoster(host);
    }

    private static void AddRoster(BotHost bot)
    {
        bot.Teams.Roster.Add(Mentor);
        bot.Teams.Roster.Add(Student);
        bot.Teams.Roster.Add(Advisor);
        bot.Teams.Roster.Add(SecondAdvisor);
    }

    /// <summary>A delivered mentor-led mock whose first step is due in a week and second "before the next mock".</summary>
    private async Task<(string SessionId, JsonNode Report)> CompleteWithDatedStepAsync()
    {
        var driver = new MockDriver(host);
        var sessionId = await driver.MentorLedToFeedbackAsync(Mentor, Student, "msg-setup-" + Guid.NewGuid().ToString("N"));
        var fields = MockDriver.FeedbackFields();
        fields[FeedbackInputs.ActionDue(1)] = DateOnly.FromDateTime(host.Time.GetUtcNow().UtcDateTime).AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await driver.SubmitAsync(Mentor, CardVerbs.SubmitFeedback, sessionId, fields);
        await driver.SubmitSelfAssessmentAsync(Student, sessionId);
        var report = LastCardTo(Student);
        Assert.Contains(CardVerbs.MarkStepDone, CardJson.Verbs(report));
        return (sessionId, report);
    }

    private JsonNode LastCardTo((string Id, string Name) person) =>
        host.Teams.Calls.Last(c => c.ConversationId == PersonalChatId(person.Id) && c.Card is not null).Card!;

    private Task<JsonNode> MarkDoneAsync((string Id, string Name) who, string sessionId, int step) =>
        host.InvokeAsync(Invoke(who, CardVerbs.MarkStepDone, new JsonObject { [CardInputs.SessionId] = sessionId, [FeedbackInputs.Step] = step }, "msg-report", "personal"));

    private Task<JsonNode> ShareAsync((string Id, string Name) who, string sessionId) =>
        host.InvokeAsync(Invoke(who, CardVerbs.ShareWithAdvisor, new JsonObject { [CardInputs.SessionId] = sessionId }, "msg-report", "personal"));
}
