using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Domain.Tests.Sessions;

/// <summary><see cref="MockSession.CloseForFeedback"/>: the meeting ended or the session ran over, and nobody clicked End.</summary>
public sealed class CloseForFeedbackTests
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly Participant Mentor = new("29:1mentor", "Maya Mentor");
    private static readonly Participant Student = new("29:1student", "Sam Student");

    private static readonly Question[] TwoQuestions =
    [
        new("q-1", Track.Behavioral, "Question one?", TimeSpan.FromMinutes(4), "A STAR story.", ["More?"], ["Structure"], ["conflict"]),
        new("q-2", Track.Behavioral, "Question two?", TimeSpan.FromMinutes(3), "A STAR story.", ["More?"], ["Structure"], ["conflict"]),
    ];

    private static MockSession Planned() =>
        MockSession.Plan("s1", T0, Mentor, Student, new SessionSetup(Track.Behavioral, "conflict", InterviewFormat.MentorLed, 60, 2), TwoQuestions);

    [Fact]
    public void CloseForFeedback_MidQuestion_ClosesItAsAskedLeavesTheRestAndOpensFeedback()
    {
        var started = Planned().Start(Mentor.Id, T0);

        var closed = started.CloseForFeedback(T0.AddMinutes(2));

        Assert.Equal(SessionStage.AwaitingFeedback, closed.Stage);
        Assert.Equal(QuestionOutcome.Asked, closed.Questions[0].Outcome);
        Assert.False(closed.Questions[0].Timer.IsRunning);
        Assert.Equal(QuestionOutcome.Pending, closed.Questions[1].Outcome);
        Assert.Equal(T0.AddMinutes(2), closed.InterviewEndedAt);
        Assert.Null(closed.NextMilestoneDue(T0.AddMinutes(3)));
    }

    [Fact]
    public void CloseForFeedback_DuringTheCandidatesQuestions_KeepsWhenTheQuestionsEnded()
    {
        var ended = Planned().Start(Mentor.Id, T0).EndInterview(Mentor.Id, T0.AddMinutes(5));

        var closed = ended.CloseForFeedback(T0.AddMinutes(20));

        Assert.Equal(SessionStage.AwaitingFeedback, closed.Stage);
        Assert.Equal(T0.AddMinutes(5), closed.InterviewEndedAt);
    }

    [Fact]
    public void CloseForFeedback_NotRunning_IsStale()
    {
        var planned = Planned();
        var open = planned.Start(Mentor.Id, T0).EndInterview(Mentor.Id, T0).OpenFeedback(Mentor.Id, T0);

        Assert.Throws<StaleActionException>(() => planned.CloseForFeedback(T0));
        Assert.Throws<StaleActionException>(() => open.CloseForFeedback(T0));
    }
}
