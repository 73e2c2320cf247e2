using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Domain.Timing;

namespace TeamsMockBot.Domain.Tests.Timing;

/// <summary>
/// <see cref="TimerSchedule.Next"/>: the one due timer of a session, which is also its version — every
/// control that moves the clock (pause, +1 min, skip, next) must change it, and nothing else may.
/// </summary>
public sealed class TimerScheduleTests
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(15);
    private static readonly Participant Mentor = new("29:1mentor", "Maya Mentor");
    private static readonly Participant Student = new("29:1student", "Sam Student");

    private static readonly Question[] TwoQuestions =
    [
        new("q-1", Track.Behavioral, "Question one?", TimeSpan.FromMinutes(4), "A STAR story.", ["More?"], ["Structure"], ["conflict"]),
        new("q-2", Track.Behavioral, "Question two?", TimeSpan.FromMinutes(3), "A STAR story.", ["More?"], ["Structure"], ["conflict"]),
    ];

    private static readonly DateTimeOffset OverdueAt = T0 + TimeSpan.FromMinutes(30) + Grace;

    private static MockSession Started() =>
        MockSession.Plan("s1", T0, Mentor, Student, new SessionSetup(Track.Behavioral, "conflict", InterviewFormat.MentorLed, 30, 2), TwoQuestions)
            .Start(Mentor.Id, T0);

    [Fact]
    public void Next_NotStarted_IsNothing()
    {
        var planned = MockSession.Plan("s1", T0, Mentor, Student, new SessionSetup(Track.Behavioral, "conflict", InterviewFormat.MentorLed, 30, 2), TwoQuestions);

        Assert.Null(TimerSchedule.Next(planned, Grace));
    }

    [Fact]
    public void Next_Started_IsTheFirstQuestionsHalfwayAndDoesNotDependOnTheMoment()
    {
        var started = Started();

        var next = TimerSchedule.Next(started, Grace);

        Assert.Equal(new DueTimer(TimerPurpose.Milestone, 1, TimerMilestone.Halfway, T0.AddMinutes(2)), next);
        Assert.Equal(next, TimerSchedule.Next(started.TakeNote(Mentor.Id, "good opening", T0.AddMinutes(1)), Grace)); // a note leaves the timer alone
    }

    [Fact]
    public void Next_AfterEachMilestone_IsTheNextMilestoneThenTheOverdueClose()
    {
        var session = Started().RecordMilestone(1, TimerMilestone.Halfway);
        Assert.Equal(new DueTimer(TimerPurpose.Milestone, 1, TimerMilestone.OneMinuteLeft, T0.AddMinutes(3)), TimerSchedule.Next(session, Grace));

        session = session.RecordMilestone(1, TimerMilestone.TimeUp);
        Assert.Equal(new DueTimer(TimerPurpose.OverdueClose, 1, TimerMilestone.None, OverdueAt), TimerSchedule.Next(session, Grace));
    }

    [Fact]
    public void Next_Paused_IsOnlyTheOverdueClose_AndResumingMovesTheMilestone()
    {
        var paused = Started().Pause(Mentor.Id, T0.AddMinutes(1), 1);
        Assert.Equal(new DueTimer(TimerPurpose.OverdueClose, 1, TimerMilestone.None, OverdueAt), TimerSchedule.Next(paused, Grace));

        var resumed = paused.Resume(Mentor.Id, T0.AddMinutes(5), 1);
        Assert.Equal(new DueTimer(TimerPurpose.Milestone, 1, TimerMilestone.Halfway, T0.AddMinutes(6)), TimerSchedule.Next(resumed, Grace));
    }

    [Fact]
    public void Next_AfterAnExtraMinute_IsLater()
    {
        var longer = Started().AddMinute(Mentor.Id, T0.AddMinutes(1), 1);

        Assert.Equal(new DueTimer(TimerPurpose.Milestone, 1, TimerMilestone.Halfway, T0.AddSeconds(150)), TimerSchedule.Next(longer, Grace));
    }

    [Fact]
    public void Next_AfterSkip_IsTheNextQuestionsHalfway()
    {
        var skipped = Started().Skip(Mentor.Id, T0.AddMinutes(1), 1);

        Assert.Equal(new DueTimer(TimerPurpose.Milestone, 2, TimerMilestone.Halfway, T0.AddMinutes(1).AddSeconds(90)), TimerSchedule.Next(skipped, Grace));
    }

    [Fact]
    public void Next_MilestoneAfterTheOverdueClose_IsTheClose()
    {
        // Question two runs past the planned end: the close comes first and ends it.
        var late = Started().Next(Mentor.Id, T0.AddMinutes(44), 1);

        Assert.Equal(new DueTimer(TimerPurpose.OverdueClose, 2, TimerMilestone.None, OverdueAt), TimerSchedule.Next(late, Grace));
    }

    [Fact]
    public void Next_CandidatesQuestions_IsTheOverdueClose_AndFeedbackEndsIt()
    {
        var ended = Started().EndInterview(Mentor.Id, T0.AddMinutes(10));
        Assert.Equal(OverdueAt, TimerSchedule.Next(ended, Grace)!.At);
        Assert.Equal(TimerPurpose.OverdueClose, TimerSchedule.Next(ended, Grace)!.Purpose);

        Assert.Null(TimerSchedule.Next(ended.OpenFeedback(Mentor.Id, T0.AddMinutes(12)), Grace));
        Assert.Null(TimerSchedule.Next(ended.CloseForFeedback(T0.AddMinutes(12)), Grace));
    }
}
