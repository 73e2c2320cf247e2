using System.Text.Json.Nodes;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Quiz;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Scheduling;

/// <summary>
/// From one mock to the next through /api/messages: the feedback card's "Book the next mock" opens the
/// schedule form for the same two people; the next mock's prep card carries the steps still open from
/// that feedback (not the one marked done) and a practice quiz whose result leads back to the prep card.
/// </summary>
public sealed class NextMockTests : HostTest
{
    /// <summary>Monday 30 November, 10:00 UTC: far enough ahead for the prep card.</summary>
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);

    private SchedulingDriver Driver => new(Host);

    public override Task InitializeAsync()
    {
        Host.Teams.Roster.Add(Mentor);
        Host.Teams.Roster.Add(Student);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task FeedbackCard_BookTheNextMock_OpensTheScheduleFormForTheSamePair()
    {
        var earlier = await new MockDriver(Host).CompleteMentorLedAsync(Mentor, Student, "msg-setup");
        var report = Driver.CardsTo(Student).Last(c => CardJson.Verbs(c).Contains(CardVerbs.MarkStepDone));

        var data = CardJson.Data(report, CardVerbs.ShowSchedule);
        Assert.Equal(earlier, data[CardInputs.FromSession]!.GetValue<string>());
        var form = await Host.InvokeAsync(SchedulingDriver.Click(Student, CardVerbs.ShowSchedule, data, "msg-report", conversationType: "personal"));

        Assert.Contains(CardVerbs.FindSlots, CardJson.Verbs(form));
        Assert.Contains(Mentor.Name, CardJson.Text(form), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrepCard_CarriesTheOpenStepsAndAQuizThatLeadsBack()
    {
        var earlier = await new MockDriver(Host).CompleteMentorLedAsync(Mentor, Student, "msg-setup");
        var report = Driver.CardsTo(Student).Last(c => CardJson.Verbs(c).Contains(CardVerbs.MarkStepDone));
        await Host.InvokeAsync(Invoke(Student, CardVerbs.MarkStepDone, CardJson.Data(report, CardVerbs.MarkStepDone), "msg-report", "personal")); // step 1 done
        Assert.Single((await Host.SessionAsync(earlier))!.OpenActionSteps());

        var (sessionId, _) = await Driver.FindAndBookAsync(Monday);
        Host.Time.Advance(Monday.AddDays(-1) - Host.Time.GetUtcNow());
        await Host.FireDueTimersAsync();
        await Host.FireDueTimersAsync();
        var prep = Assert.Single(Driver.CardsTo(Student), c => CardJson.Text(c).Contains("Get ready", StringComparison.Ordinal));

        var text = CardJson.Text(prep);
        Assert.Contains("Your open action steps", text, StringComparison.Ordinal);
        Assert.Contains(MockDriver.FeedbackFields()[FeedbackInputs.ActionStep(2)]!.GetValue<string>(), text, StringComparison.Ordinal);
        Assert.DoesNotContain(MockDriver.FeedbackFields()[FeedbackInputs.ActionStep(1)]!.GetValue<string>(), text, StringComparison.Ordinal);

        var quiz = await Host.InvokeAsync(Invoke(Student, CardVerbs.ShowQuiz, CardJson.Data(prep, CardVerbs.ShowQuiz), "msg-prep", "personal"));
        var answers = CardJson.Data(quiz, CardVerbs.SubmitQuiz);
        foreach (var question in PracticeQuiz.BuiltIn.Questions)
        {
            answers[QuizInputs.Answer(question.Id)] = question.AnswerId;
        }

        var result = await Host.InvokeAsync(Invoke(Student, CardVerbs.SubmitQuiz, answers, "msg-prep", "personal"));
        Assert.Equal(sessionId, CardJson.Data(result, CardVerbs.ShowPrep)[CardInputs.SessionId]!.GetValue<string>());

        var back = await Host.InvokeAsync(Invoke(Student, CardVerbs.ShowPrep, CardJson.Data(result, CardVerbs.ShowPrep), "msg-prep", "personal"));
        Assert.Equal(text, CardJson.Text(back));

        var refused = await Host.InvokeAsync(Invoke(Mentor, CardVerbs.ShowPrep, CardJson.Data(result, CardVerbs.ShowPrep), "msg-prep", "personal"));
        Assert.Contains("Only the candidate", CardJson.Text(refused), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quiz_TypedInChat_HasNoWayBackToAPrepCard()
    {
        var quiz = await Host.InvokeAsync(Invoke(Student, CardVerbs.ShowQuiz, new JsonObject { [CardInputs.SessionId] = "../../etc/passwd" }, "msg-quiz", "personal"));

        Assert.Null(CardJson.Data(quiz, CardVerbs.SubmitQuiz)[CardInputs.SessionId]); // not an id: dropped, never echoed
    }
}
