using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Domain.Tests.Sessions;

/// <summary>After the feedback card: action-plan steps marked done, open steps for the next prep card, sharing with staff, calibration order.</summary>
public sealed class MockSessionActionPlanTests
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly Participant Mentor = new("29:1mentor", "Maya Mentor");
    private static readonly Participant Student = new("29:1student", "Sam Student");

    private static Question Question(string id) =>
        new(id, Track.Behavioral, $"Question {id}?", TimeSpan.FromMinutes(4), "A complete STAR story.", ["Follow-up?"], ["Structure"], ["conflict"]);

    private static FeedbackReport Report() => new(
        Mentor.Id, Rubric.BuiltIn.General.ToDictionary(c => c.Id, _ => 3), "You opened the conflict story with a one-line summary.",
        "Give the result a number next time.", ["Rehearse two STAR stories aloud.", "Quantify every result."], Readiness.Almost, T0)
    {
        ActionDue = [new DateOnly(2025, 3, 11), null],
    };

    private static MockSession AwaitingFeedback() =>
        MockSession.Plan("s1", T0, Mentor, Student, new SessionSetup(Track.Behavioral, "", InterviewFormat.MentorLed, 60, 1), [Question("q-1")])
            .Start(Mentor.Id, T0).EndInterview(Mentor.Id, T0.AddMinutes(3)).OpenFeedback(Mentor.Id, T0.AddMinutes(4));

    private static MockSession Delivered() =>
        AwaitingFeedback().SubmitFeedback(Report())
            .SubmitSelfAssessment(new SelfAssessment(Student.Id, Rubric.BuiltIn.General.ToDictionary(c => c.Id, _ => 2), "", T0.AddMinutes(6)))
            .MarkDelivered(T0.AddMinutes(7));

    [Fact]
    public void ActionSteps_CarryEachStepsDateOrBeforeTheNextMock()
    {
        var steps = Delivered().ActionSteps();

        Assert.Equal([new DateOnly(2025, 3, 11), null], steps.Select(s => s.Due));
        Assert.Equal([1, 2], steps.Select(s => s.Number));
        Assert.All(steps, s => Assert.False(s.IsDone));
    }

    [Fact]
    public void OpenActionSteps_BeforeTheCardIsDelivered_AreNone()
    {
        Assert.Empty(AwaitingFeedback().SubmitFeedback(Report()).OpenActionSteps());
        Assert.Equal(2, Delivered().OpenActionSteps().Count);
    }

    [Fact]
    public void MarkStepDone_ByTheStudent_RecordsItOnceAndTheStepIsNoLongerOpen()
    {
        var done = Delivered().MarkStepDone(Student.Id, 2, T0.AddDays(2));

        Assert.Equal(T0.AddDays(2), done.ActionSteps()[1].DoneAt);
        Assert.Equal([1], done.OpenActionSteps().Select(s => s.Number));
        Assert.Throws<StaleActionException>(() => done.MarkStepDone(Student.Id, 2, T0.AddDays(3)));
    }

    [Fact]
    public void MarkStepDone_ByTheMentorBeforeDeliveryOrAnUnknownStep_IsRefused()
    {
        Assert.Throws<SessionRuleException>(() => Delivered().MarkStepDone(Mentor.Id, 1, T0));
        Assert.Throws<SessionRuleException>(() => AwaitingFeedback().SubmitFeedback(Report()).MarkStepDone(Student.Id, 1, T0));
        Assert.Throws<SessionRuleException>(() => Delivered().MarkStepDone(Student.Id, 3, T0));
        Assert.Throws<SessionRuleException>(() => Delivered().MarkStepDone(Student.Id, 0, T0));
    }

    [Fact]
    public void ShareWithStaff_RecordsWhoAndWhenOnce()
    {
        var shared = Delivered().ShareWithStaff(Student.Id, ["staff-1", "staff-2"], T0.AddDays(1));

        var share = Assert.Single(shared.SharedWithStaff);
        Assert.Equal(["staff-1", "staff-2"], share.StaffIds);
        Assert.Throws<StaleActionException>(() => shared.ShareWithStaff(Student.Id, ["staff-1", "staff-2"], T0.AddDays(2)));
        Assert.Throws<SessionRuleException>(() => Delivered().ShareWithStaff(Student.Id, [], T0));
        Assert.Throws<SessionRuleException>(() => Delivered().ShareWithStaff(Mentor.Id, ["staff-1"], T0));
    }

    [Fact]
    public void SubmitSelfAssessment_AfterTheCardWasDelivered_IsRefused()
    {
        var released = AwaitingFeedback().SubmitFeedback(Report()).ReleaseFeedback(Mentor.Id, T0.AddMinutes(5)).MarkDelivered(T0.AddMinutes(6));

        Assert.ThrowsAny<SessionRuleException>(() => released.SubmitSelfAssessment(new SelfAssessment(Student.Id, new Dictionary<string, int>(), "", T0.AddMinutes(7))));
    }
}
