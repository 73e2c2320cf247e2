using Microsoft.Extensions.Time.Testing;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Domain.Timing;

namespace TeamsMockBot.Domain.Tests.Sessions;

public sealed class MockSessionTests
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly Participant Mentor = new("29:1mentor", "Maya Mentor");
    private static readonly Participant Student = new("29:1student", "Sam Student");
    private static readonly Participant Stranger = new("29:1stranger", "Sid Stranger");

    private readonly FakeTimeProvider _time = new(T0);

    private DateTimeOffset Now => _time.GetUtcNow();

    private static TimeSpan Minutes(double minutes) => TimeSpan.FromMinutes(minutes);

    private static Question Question(string id, double minutes = 4) =>
        new(id, Track.Behavioral, $"Question {id}?", TimeSpan.FromMinutes(minutes), "A complete STAR story.",
            ["Follow-up one?", "Follow-up two?"], ["Structure"], ["conflict"]);

    private static readonly Question[] ThreeQuestions = [Question("q-1"), Question("q-2", 3), Question("q-3", 1.5)];

    private static SessionSetup Setup(InterviewFormat format = InterviewFormat.MentorLed, int length = 60, int count = 3) =>
        new(Track.Behavioral, "conflict", format, length, count);

    private MockSession Planned(InterviewFormat format = InterviewFormat.MentorLed) =>
        format == InterviewFormat.SoloPractice
            ? MockSession.Plan("s1", Now, Student, Student, Setup(format), ThreeQuestions)
            : MockSession.Plan("s1", Now, Mentor, Student, Setup(format), ThreeQuestions);

    private MockSession Started() => Planned().Start(Mentor.Id, Now);

    private MockSession AwaitingFeedback(InterviewFormat format = InterviewFormat.MentorLed)
    {
        var interviewer = format == InterviewFormat.SoloPractice ? Student : Mentor;
        var session = Planned(format).Start(interviewer.Id, Now);
        _time.Advance(Minutes(3));
        session = session.EndInterview(interviewer.Id, Now);
        _time.Advance(Minutes(5));
        return session.OpenFeedback(interviewer.Id, Now);
    }

    private static Dictionary<string, int> Ratings(int value) =>
        Rubric.BuiltIn.General.ToDictionary(c => c.Id, _ => value);

    private FeedbackReport Report(string? authorId = null) => new(
        authorId ?? Mentor.Id, Ratings(3), "You opened with a crisp one-line summary of the conflict.",
        "Give the result a number: how much faster did the team ship?", ["Rehearse two STAR stories aloud.", "Quantify every result."],
        Readiness.Almost, Now);

    private SelfAssessment Assessment(string? authorId = null) =>
        new(authorId ?? Student.Id, Ratings(2), "I rambled on the first answer.", Now);

    // ---- Plan ----

    [Fact]
    public void Plan_ValidSetup_IsReadyWithEveryQuestionPendingAndTimed()
    {
        var session = Planned();

        Assert.Equal("s1", session.Id);
        Assert.Equal(T0, session.CreatedAt);
        Assert.Equal(SessionStage.Ready, session.Stage);
        Assert.Equal(-1, session.CurrentIndex);
        Assert.Equal(0, session.CurrentNumber);
        Assert.Null(session.Current);
        Assert.False(session.IsSolo);
        Assert.Equal(["q-1", "q-2", "q-3"], session.Questions.Select(q => q.QuestionId));
        Assert.Equal([Minutes(4), Minutes(3), Minutes(1.5)], session.Questions.Select(q => q.Timer.Allowed));
        Assert.All(session.Questions, q =>
        {
            Assert.Equal(QuestionOutcome.Pending, q.Outcome);
            Assert.False(q.Timer.HasStarted);
            Assert.Equal(TimerMilestone.None, q.Announced);
            Assert.Equal(0, q.FollowUpsShown);
        });
        Assert.True(session.IsInterviewer(Mentor.Id));
        Assert.True(session.IsCandidate(Student.Id));
        Assert.False(session.IsInterviewer(Student.Id));
    }

    [Fact]
    public void Plan_InvalidSetup_ThrowsWithTheSetupProblems()
    {
        var error = Assert.Throws<SessionRuleException>(() =>
            MockSession.Plan("s1", Now, Mentor, Student, Setup(length: 5, count: 40), ThreeQuestions));

        Assert.Contains("between 15 and 120 minutes", error.Message, StringComparison.Ordinal);
        Assert.Contains("between 1 and 12 questions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_NoQuestions_Throws()
    {
        var error = Assert.Throws<SessionRuleException>(() => MockSession.Plan("s1", Now, Mentor, Student, Setup(), []));

        Assert.Contains("no questions", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(InterviewFormat.MentorLed)]
    [InlineData(InterviewFormat.Peer)]
    [InlineData(InterviewFormat.FriendPractice)]
    public void Plan_CandidateIsTheInterviewerOutsideSolo_Throws(InterviewFormat format)
    {
        var error = Assert.Throws<SessionRuleException>(() => MockSession.Plan("s1", Now, Mentor, Mentor, Setup(format), ThreeQuestions));

        Assert.Contains("solo practice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_SoloPracticeWithOneself_IsSolo()
    {
        var session = Planned(InterviewFormat.SoloPractice);

        Assert.True(session.IsSolo);
        Assert.True(session.IsInterviewer(Student.Id));
        Assert.True(session.IsCandidate(Student.Id));
    }

    // ---- Start ----

    [Fact]
    public void Start_ByInterviewer_AsksTheFirstQuestionAndStartsOnlyItsClock()
    {
        var planned = Planned();
        _time.Advance(Minutes(2));

        var session = planned.Start(Mentor.Id, Now);

        Assert.Equal(SessionStage.Interviewing, session.Stage);
        Assert.Equal(Now, session.StartedAt);
        Assert.Equal(1, session.CurrentNumber);
        Assert.Equal("q-1", session.Current!.QuestionId);
        Assert.Equal(QuestionOutcome.Current, session.Current.Outcome);
        Assert.Equal(Now, session.Current.Timer.RunningSince);
        Assert.All(session.Questions.Skip(1), q => Assert.False(q.Timer.HasStarted));
        Assert.All(session.Questions.Skip(1), q => Assert.Equal(QuestionOutcome.Pending, q.Outcome));

        // The session is immutable: the planned one is untouched.
        Assert.Equal(SessionStage.Ready, planned.Stage);
        Assert.False(planned.Questions[0].Timer.HasStarted);
    }

    [Fact]
    public void Start_ByCandidate_ThrowsNotInterviewerNamingTheInterviewer()
    {
        var error = Assert.Throws<NotInterviewerException>(() => Planned().Start(Student.Id, Now));

        Assert.Contains("Maya Mentor", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<SessionRuleException>(error);
    }

    [Fact]
    public void Start_Twice_ThrowsStale()
    {
        var session = Started();

        Assert.Throws<StaleActionException>(() => session.Start(Mentor.Id, Now));
    }

    // ---- Next / Skip ----

    [Fact]
    public void Next_CurrentNumber_ClosesItAsAskedAndAsksTheNextOne()
    {
        var session = Started();
        _time.Advance(Minutes(3));

        var next = session.Next(Mentor.Id, Now, 1);

        Assert.Equal(SessionStage.Interviewing, next.Stage);
        Assert.Equal(2, next.CurrentNumber);
        Assert.Equal(QuestionOutcome.Asked, next.Questions[0].Outcome);
        Assert.True(next.Questions[0].Timer.IsPaused);
        Assert.Equal(Minutes(3), next.Questions[0].Timer.Used(Now + Minutes(10)));
        Assert.Equal(QuestionOutcome.Current, next.Current!.Outcome);
        Assert.Equal(Now, next.Current.Timer.RunningSince);
        Assert.Equal(QuestionOutcome.Pending, next.Questions[2].Outcome);
    }

    [Fact]
    public void Next_StaleQuestionNumber_ThrowsStaleAndNothingChanges()
    {
        var session = Started().Next(Mentor.Id, Now, 1);
        var questionsBefore = session.Questions.ToList();

        var error = Assert.Throws<StaleActionException>(() => session.Next(Mentor.Id, Now, 1));

        Assert.Contains("question 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("question 2", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, session.CurrentNumber);
        Assert.Equal(questionsBefore, session.Questions);
        Assert.Equal(QuestionOutcome.Current, session.Current!.Outcome);
    }

    [Fact]
    public void Next_LastQuestion_EndsTheQuestionsForTheCandidatesOwn()
    {
        var session = Started().Next(Mentor.Id, Now, 1).Next(Mentor.Id, Now, 2);
        _time.Advance(Minutes(1));

        var done = session.Next(Mentor.Id, Now, 3);

        Assert.Equal(SessionStage.CandidateQuestions, done.Stage);
        Assert.Equal(Now, done.InterviewEndedAt);
        Assert.All(done.Questions, q => Assert.Equal(QuestionOutcome.Asked, q.Outcome));
        Assert.All(done.Questions, q => Assert.False(q.Timer.IsRunning));
    }

    [Fact]
    public void Next_BeforeStart_ThrowsStaleAskingToStart()
    {
        var error = Assert.Throws<StaleActionException>(() => Planned().Next(Mentor.Id, Now, 1));

        Assert.Contains("Start the interview first", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_AfterTheQuestionsAreOver_ThrowsStale()
    {
        var done = Started().EndInterview(Mentor.Id, Now);

        var error = Assert.Throws<StaleActionException>(() => done.Next(Mentor.Id, Now, 1));

        Assert.Contains("questions are over", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_ByCandidateWithStaleNumber_ThrowsNotInterviewerFirst()
    {
        var session = Started();

        var error = Assert.Throws<NotInterviewerException>(() => session.Next(Student.Id, Now, 7));

        Assert.Contains(Mentor.Name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Skip_CurrentNumber_MarksItSkippedAndMovesOn()
    {
        var session = Started();
        _time.Advance(Minutes(1));

        var skipped = session.Skip(Mentor.Id, Now, 1);

        Assert.Equal(QuestionOutcome.Skipped, skipped.Questions[0].Outcome);
        Assert.Equal(2, skipped.CurrentNumber);
        Assert.Equal(QuestionOutcome.Current, skipped.Current!.Outcome);
    }

    [Fact]
    public void Skip_StaleNumberOrStranger_IsRefused()
    {
        var session = Started();

        Assert.Throws<StaleActionException>(() => session.Skip(Mentor.Id, Now, 2));
        Assert.Throws<NotInterviewerException>(() => session.Skip(Stranger.Id, Now, 1));
    }

    // ---- Follow-ups ----

    [Fact]
    public void ShowFollowUp_UpToTheNumberAvailable_CountsThenRefuses()
    {
        var session = Started();

        session = session.ShowFollowUp(Mentor.Id, 1, followUpsAvailable: 2);
        Assert.Equal(1, session.Current!.FollowUpsShown);
        session = session.ShowFollowUp(Mentor.Id, 1, followUpsAvailable: 2);
        Assert.Equal(2, session.Current!.FollowUpsShown);

        var error = Assert.Throws<SessionRuleException>(() => session.ShowFollowUp(Mentor.Id, 1, followUpsAvailable: 2));
        Assert.IsNotType<StaleActionException>(error);
        Assert.Contains("All follow-ups", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowFollowUp_StaleNumber_ThrowsStale()
    {
        var session = Started().Next(Mentor.Id, Now, 1);

        Assert.Throws<StaleActionException>(() => session.ShowFollowUp(Mentor.Id, 1, 2));
        Assert.Equal(0, session.Current!.FollowUpsShown);
    }

    // ---- Pause / Resume ----

    [Fact]
    public void Pause_RunningQuestion_FreezesTheClockAndMilestones()
    {
        var session = Started();
        _time.Advance(Minutes(1));

        var paused = session.Pause(Mentor.Id, Now, 1);
        _time.Advance(Minutes(20));

        Assert.True(paused.Current!.Timer.IsPaused);
        Assert.Equal(Minutes(3), paused.Current.Timer.Remaining(Now));
        Assert.Equal(TimerMilestone.None, paused.DueMilestone(Now));
        Assert.Null(paused.NextMilestoneDue(Now));
        Assert.Equal(SessionStage.Interviewing, paused.Stage);
    }

    [Fact]
    public void Pause_AlreadyPaused_ThrowsStale()
    {
        var paused = Started().Pause(Mentor.Id, Now, 1);

        Assert.Throws<StaleActionException>(() => paused.Pause(Mentor.Id, Now, 1));
    }

    [Fact]
    public void Pause_ByCandidate_ThrowsNotInterviewer()
    {
        Assert.Throws<NotInterviewerException>(() => Started().Pause(Student.Id, Now, 1));
    }

    [Fact]
    public void Resume_Paused_ContinuesFromWhereItStopped()
    {
        var session = Started();
        _time.Advance(Minutes(1));
        session = session.Pause(Mentor.Id, Now, 1);
        _time.Advance(Minutes(10));

        var resumed = session.Resume(Mentor.Id, Now, 1);

        Assert.True(resumed.Current!.Timer.IsRunning);
        Assert.Equal(Now + Minutes(3), resumed.Current.Timer.EndsAt(Now));
        Assert.Equal(Now + Minutes(1), resumed.NextMilestoneDue(Now));
    }

    [Fact]
    public void Resume_Running_ThrowsStale()
    {
        Assert.Throws<StaleActionException>(() => Started().Resume(Mentor.Id, Now, 1));
    }

    // ---- Milestones ----

    [Fact]
    public void DueMilestone_BeforeStart_IsNoneAndNothingIsScheduled()
    {
        var session = Planned();
        _time.Advance(Minutes(30));

        Assert.Equal(TimerMilestone.None, session.DueMilestone(Now));
        Assert.Null(session.NextMilestoneDue(Now));
    }

    [Fact]
    public void DueMilestone_AsTimePasses_ReportsEachMilestoneUntilRecorded()
    {
        var session = Started();
        Assert.Equal(TimerMilestone.None, session.DueMilestone(Now));
        Assert.Equal(T0 + Minutes(2), session.NextMilestoneDue(Now));

        _time.Advance(Minutes(2));
        Assert.Equal(TimerMilestone.Halfway, session.DueMilestone(Now));
        session = session.RecordMilestone(1, TimerMilestone.Halfway);
        Assert.Equal(TimerMilestone.Halfway, session.Current!.Announced);
        Assert.Equal(TimerMilestone.None, session.DueMilestone(Now));
        Assert.Equal(T0 + Minutes(3), session.NextMilestoneDue(Now));

        _time.Advance(Minutes(1));
        Assert.Equal(TimerMilestone.OneMinuteLeft, session.DueMilestone(Now));
        session = session.RecordMilestone(1, TimerMilestone.OneMinuteLeft);
        Assert.Equal(T0 + Minutes(4), session.NextMilestoneDue(Now));

        _time.Advance(Minutes(1));
        Assert.Equal(TimerMilestone.TimeUp, session.DueMilestone(Now));
        session = session.RecordMilestone(1, TimerMilestone.TimeUp);
        Assert.Equal(TimerMilestone.None, session.DueMilestone(Now + Minutes(5)));
        Assert.Null(session.NextMilestoneDue(Now));
    }

    [Fact]
    public void DueMilestone_SweepLate_ReportsOnlyTheFurthestMilestone()
    {
        var session = Started();
        _time.Advance(Minutes(4) + TimeSpan.FromSeconds(20));

        Assert.Equal(TimerMilestone.TimeUp, session.DueMilestone(Now));
        Assert.Equal(Now, session.NextMilestoneDue(Now));

        session = session.RecordMilestone(1, TimerMilestone.TimeUp);
        Assert.Equal(TimerMilestone.None, session.DueMilestone(Now));
        Assert.Null(session.NextMilestoneDue(Now));
    }

    [Fact]
    public void RecordMilestone_AlreadyRecordedOrEarlier_ThrowsStale()
    {
        var session = Started();
        _time.Advance(Minutes(3));
        session = session.RecordMilestone(1, TimerMilestone.OneMinuteLeft);

        Assert.Throws<StaleActionException>(() => session.RecordMilestone(1, TimerMilestone.OneMinuteLeft));
        Assert.Throws<StaleActionException>(() => session.RecordMilestone(1, TimerMilestone.Halfway));
        Assert.Equal(TimerMilestone.OneMinuteLeft, session.Current!.Announced);
    }

    [Fact]
    public void RecordMilestone_ForAnEarlierQuestion_ThrowsStale()
    {
        var session = Started();
        _time.Advance(Minutes(2));
        var moved = session.Next(Mentor.Id, Now, 1);

        Assert.Throws<StaleActionException>(() => moved.RecordMilestone(1, TimerMilestone.Halfway));
        Assert.Equal(TimerMilestone.None, moved.Current!.Announced);
    }

    [Fact]
    public void RecordMilestone_BeforeStart_ThrowsStale()
    {
        Assert.Throws<StaleActionException>(() => Planned().RecordMilestone(0, TimerMilestone.Halfway));
    }

    [Fact]
    public void NextQuestion_HasItsOwnFreshMilestones()
    {
        var session = Started();
        _time.Advance(Minutes(4));
        session = session.RecordMilestone(1, TimerMilestone.TimeUp).Next(Mentor.Id, Now, 1);

        Assert.Equal(TimerMilestone.None, session.Current!.Announced);
        Assert.Equal(TimerMilestone.None, session.DueMilestone(Now));
        Assert.Equal(Now + TimeSpan.FromSeconds(90), session.NextMilestoneDue(Now));
    }

    [Fact]
    public void DueMilestone_AfterTheInterviewEnded_IsNoneAndNothingIsScheduled()
    {
        var session = Started().EndInterview(Mentor.Id, Now);
        _time.Advance(Minutes(10));

        Assert.Equal(TimerMilestone.None, session.DueMilestone(Now));
        Assert.Null(session.NextMilestoneDue(Now));
    }

    // ---- +1 minute ----

    [Fact]
    public void AddMinute_BeforeAnyMilestone_ExtendsTheQuestionAndKeepsNothingAnnounced()
    {
        var session = Started();
        _time.Advance(Minutes(1));

        var longer = session.AddMinute(Mentor.Id, Now, 1);

        Assert.Equal(Minutes(1), longer.Current!.Timer.Extra);
        Assert.Equal(T0 + Minutes(5), longer.Current.Timer.EndsAt(Now));
        Assert.Equal(TimerMilestone.None, longer.Current.Announced);
        Assert.Equal(T0 + TimeSpan.FromSeconds(150), longer.NextMilestoneDue(Now));
    }

    [Fact]
    public void AddMinute_AfterTimeUpWasAnnounced_RearmsTimeUpAtTheNewEnd()
    {
        var session = Started();
        _time.Advance(Minutes(4) + TimeSpan.FromSeconds(30));
        session = session.RecordMilestone(1, TimerMilestone.TimeUp);

        var longer = session.AddMinute(Mentor.Id, Now, 1);

        // 4:30 used of 5:00: one minute left has passed (not repeated); time up is due again at 5:00.
        Assert.Equal(TimerMilestone.OneMinuteLeft, longer.Current!.Announced);
        Assert.Equal(TimerMilestone.None, longer.DueMilestone(Now));
        Assert.Equal(T0 + Minutes(5), longer.NextMilestoneDue(Now));

        _time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(TimerMilestone.TimeUp, longer.DueMilestone(Now));
    }

    [Fact]
    public void AddMinute_AfterOneMinuteLeftWasAnnounced_RearmsOneMinuteLeft()
    {
        var session = Started();
        _time.Advance(Minutes(3) + TimeSpan.FromSeconds(10));
        session = session.RecordMilestone(1, TimerMilestone.OneMinuteLeft);

        var longer = session.AddMinute(Mentor.Id, Now, 1);

        Assert.Equal(TimerMilestone.Halfway, longer.Current!.Announced);
        Assert.Equal(T0 + Minutes(4), longer.NextMilestoneDue(Now));

        _time.Advance(TimeSpan.FromSeconds(50));
        Assert.Equal(TimerMilestone.OneMinuteLeft, longer.DueMilestone(Now));
    }

    [Fact]
    public void AddMinute_HalfwayStillPassed_KeepsHalfwayAnnounced()
    {
        var session = Started();
        _time.Advance(Minutes(2) + TimeSpan.FromSeconds(40));
        session = session.RecordMilestone(1, TimerMilestone.Halfway);

        var longer = session.AddMinute(Mentor.Id, Now, 1);

        // The new halfway (2:30) is behind the clock (2:40), so it is not announced a second time.
        Assert.Equal(TimerMilestone.Halfway, longer.Current!.Announced);
        Assert.Equal(TimerMilestone.None, longer.DueMilestone(Now));
    }

    [Fact]
    public void AddMinute_StaleNumberOrStranger_IsRefused()
    {
        var session = Started();

        Assert.Throws<StaleActionException>(() => session.AddMinute(Mentor.Id, Now, 2));
        Assert.Throws<NotInterviewerException>(() => session.AddMinute(Student.Id, Now, 1));
        Assert.Equal(TimeSpan.Zero, session.Current!.Timer.Extra);
    }

    // ---- Notes ----

    [Fact]
    public void TakeNote_ByInterviewer_TrimsAndTagsTheCurrentQuestion()
    {
        var session = Started().Next(Mentor.Id, Now, 1);

        var noted = session.TakeNote(Mentor.Id, "  Strong opening, thin result.  ", Now);

        var note = Assert.Single(noted.Notes);
        Assert.Equal(new InterviewerNote(2, "Strong opening, thin result.", Now), note);
    }

    [Fact]
    public void TakeNote_BeforeStart_BelongsToTheFirstQuestion()
    {
        var noted = Planned().TakeNote(Mentor.Id, "Nervous before we began.", Now);

        Assert.Equal(1, Assert.Single(noted.Notes).QuestionNumber);
    }

    [Fact]
    public void TakeNote_EmptyTooLongOrByCandidate_IsRefused()
    {
        var session = Started();

        Assert.Throws<SessionRuleException>(() => session.TakeNote(Mentor.Id, "   ", Now));
        Assert.Throws<SessionRuleException>(() => session.TakeNote(Mentor.Id, new string('x', MockSession.MaxNoteLength + 1), Now));
        Assert.Throws<NotInterviewerException>(() => session.TakeNote(Student.Id, "Sneaky note", Now));
        Assert.Single(session.TakeNote(Mentor.Id, new string('x', MockSession.MaxNoteLength), Now).Notes);
    }

    // ---- End of the questions ----

    [Fact]
    public void EndInterview_MidQuestion_ClosesItAsAskedAndLeavesTheRestPending()
    {
        var session = Started().Next(Mentor.Id, Now, 1);
        _time.Advance(Minutes(2));

        var ended = session.EndInterview(Mentor.Id, Now);

        Assert.Equal(SessionStage.CandidateQuestions, ended.Stage);
        Assert.Equal(Now, ended.InterviewEndedAt);
        Assert.Equal([QuestionOutcome.Asked, QuestionOutcome.Asked, QuestionOutcome.Pending], ended.Questions.Select(q => q.Outcome));
        Assert.False(ended.Questions[1].Timer.IsRunning);
        Assert.Equal(Minutes(2), ended.Questions[1].Timer.Used(Now + Minutes(10)));
    }

    [Fact]
    public void EndInterview_TwiceOrByCandidate_IsRefused()
    {
        var ended = Started().EndInterview(Mentor.Id, Now);

        Assert.Throws<StaleActionException>(() => ended.EndInterview(Mentor.Id, Now));
        Assert.Throws<NotInterviewerException>(() => Started().EndInterview(Student.Id, Now));
    }

    [Fact]
    public void OpenFeedback_AfterCandidateQuestions_AwaitsFeedbackKeepingTheInterviewEnd()
    {
        var ended = Started().EndInterview(Mentor.Id, Now);
        _time.Advance(Minutes(5));

        var open = ended.OpenFeedback(Mentor.Id, Now);

        Assert.Equal(SessionStage.AwaitingFeedback, open.Stage);
        Assert.Equal(T0, open.InterviewEndedAt);
        Assert.False(open.IsReadyToDeliver);
    }

    [Fact]
    public void OpenFeedback_TwiceWhileInterviewingOrByCandidate_IsRefused()
    {
        var open = AwaitingFeedback();

        Assert.Throws<StaleActionException>(() => open.OpenFeedback(Mentor.Id, Now));
        var early = Assert.Throws<SessionRuleException>(() => Started().OpenFeedback(Mentor.Id, Now));
        Assert.Contains("End the interview first", early.Message, StringComparison.Ordinal);
        Assert.Throws<NotInterviewerException>(() => Started().EndInterview(Mentor.Id, Now).OpenFeedback(Student.Id, Now));
    }

    // ---- Feedback ----

    [Fact]
    public void SubmitFeedback_BeforeTheInterviewEnds_IsRefused()
    {
        var session = Started();

        var error = Assert.Throws<SessionRuleException>(() => session.SubmitFeedback(Report()));

        Assert.IsNotType<StaleActionException>(error);
        Assert.Contains("when the interview has finished", error.Message, StringComparison.Ordinal);
        Assert.Throws<SessionRuleException>(() => session.EndInterview(Mentor.Id, Now).SubmitFeedback(Report()));
    }

    [Fact]
    public void SubmitFeedback_ByCandidate_ThrowsNotInterviewer()
    {
        var error = Assert.Throws<NotInterviewerException>(() => AwaitingFeedback().SubmitFeedback(Report(Student.Id)));

        Assert.Contains(Mentor.Name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SubmitFeedback_SameSubmitTwice_StoresOneVersion()
    {
        var first = Report() with { SubmissionId = "form-1" };
        var session = AwaitingFeedback().SubmitFeedback(first);

        var again = session.SubmitFeedback(Report() with { SubmissionId = "form-1", Strengths = "A retried request must not become an edit." });

        Assert.Same(session, again);
        Assert.Same(first, again.Feedback);
        Assert.Empty(again.EarlierFeedback);
    }

    [Fact]
    public void SubmitFeedback_NewSubmitBeforeDelivery_IsAnEditThatKeepsTheEarlierVersion()
    {
        var first = Report() with { SubmissionId = "form-1" };
        var second = Report() with { SubmissionId = "form-2", Strengths = "Another go at it, much later on." };

        var session = AwaitingFeedback().SubmitFeedback(first).SubmitFeedback(second);

        Assert.Same(second, session.Feedback);
        Assert.Same(first, Assert.Single(session.EarlierFeedback));
        Assert.Same(session, session.SubmitFeedback(first)); // the first form's retry is still a no-op
    }

    [Fact]
    public void SubmitSelfAssessment_SameSubmitTwice_IsANoOpButANewOneIsRefused()
    {
        var session = AwaitingFeedback().SubmitSelfAssessment(Assessment(Student.Id) with { SubmissionId = "self-1" });

        Assert.Same(session, session.SubmitSelfAssessment(Assessment(Student.Id) with { SubmissionId = "self-1" }));
        Assert.Throws<StaleActionException>(() => session.SubmitSelfAssessment(Assessment(Student.Id) with { SubmissionId = "self-2" }));
    }

    [Fact]
    public void SubmitSelfAssessment_ByInterviewer_IsRefusedNamingTheCandidate()
    {
        var error = Assert.Throws<SessionRuleException>(() => AwaitingFeedback().SubmitSelfAssessment(Assessment(Mentor.Id)));

        Assert.Contains(Student.Name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SubmitSelfAssessment_BeforeFeedbackOpensOrTwice_IsRefused()
    {
        Assert.Throws<SessionRuleException>(() => Started().SubmitSelfAssessment(Assessment()));

        var session = AwaitingFeedback().SubmitSelfAssessment(Assessment());
        Assert.Throws<StaleActionException>(() => session.SubmitSelfAssessment(Assessment()));
    }

    [Fact]
    public void IsReadyToDeliver_FeedbackAlone_WaitsForSelfAssessmentOrRelease()
    {
        var open = AwaitingFeedback();
        var withFeedback = open.SubmitFeedback(Report());

        Assert.False(open.IsReadyToDeliver);
        Assert.False(withFeedback.IsReadyToDeliver);
        Assert.False(open.SubmitSelfAssessment(Assessment()).IsReadyToDeliver);
        Assert.True(withFeedback.SubmitSelfAssessment(Assessment()).IsReadyToDeliver);
        Assert.True(open.SubmitSelfAssessment(Assessment()).SubmitFeedback(Report()).IsReadyToDeliver);
        Assert.True(withFeedback.ReleaseFeedback(Mentor.Id, Now).IsReadyToDeliver);
    }

    [Fact]
    public void ReleaseFeedback_AfterSubmit_RecordsTheRelease()
    {
        var released = AwaitingFeedback().SubmitFeedback(Report()).ReleaseFeedback(Mentor.Id, Now);

        Assert.Equal(Now, released.FeedbackReleasedAt);
        Assert.Throws<StaleActionException>(() => released.ReleaseFeedback(Mentor.Id, Now));
    }

    [Fact]
    public void ReleaseFeedback_WithoutFeedbackOrByCandidate_IsRefused()
    {
        var open = AwaitingFeedback();

        Assert.Throws<SessionRuleException>(() => open.ReleaseFeedback(Mentor.Id, Now));
        Assert.Throws<NotInterviewerException>(() => open.SubmitFeedback(Report()).ReleaseFeedback(Student.Id, Now));
    }

    [Fact]
    public void MarkDelivered_WhenReady_CompletesTheSession()
    {
        var ready = AwaitingFeedback().SubmitFeedback(Report()).SubmitSelfAssessment(Assessment());

        var delivered = ready.MarkDelivered(Now);

        Assert.Equal(SessionStage.Completed, delivered.Stage);
        Assert.Equal(Now, delivered.DeliveredAt);
        Assert.False(delivered.IsReadyToDeliver);
        Assert.Throws<StaleActionException>(() => delivered.MarkDelivered(Now));
    }

    [Fact]
    public void MarkDelivered_NotReady_ThrowsStale()
    {
        Assert.Throws<StaleActionException>(() => AwaitingFeedback().SubmitFeedback(Report()).MarkDelivered(Now));
    }

    [Fact]
    public void SubmitSelfAssessment_AfterDelivery_SaysFeedbackWasDelivered()
    {
        var delivered = AwaitingFeedback().SubmitFeedback(Report()).ReleaseFeedback(Mentor.Id, Now).MarkDelivered(Now);

        var error = Assert.Throws<SessionRuleException>(() => delivered.SubmitSelfAssessment(Assessment()));

        Assert.Contains("already been delivered", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SubmitFeedback_SoloPractice_IsRefusedInFavourOfSelfAssessment()
    {
        var solo = AwaitingFeedback(InterviewFormat.SoloPractice);

        var error = Assert.Throws<SessionRuleException>(() => solo.SubmitFeedback(Report(Student.Id)));

        Assert.Contains("self-assessment", error.Message, StringComparison.Ordinal);
        Assert.Null(solo.Feedback);
    }

    [Fact]
    public void SoloPractice_WholePath_NeedsOnlyTheSelfAssessment()
    {
        var session = Planned(InterviewFormat.SoloPractice);

        session = session.Start(Student.Id, Now);
        Assert.Throws<NotInterviewerException>(() => session.Next(Mentor.Id, Now, 1));
        _time.Advance(Minutes(2));
        session = session.RecordMilestone(1, session.DueMilestone(Now));
        session = session.Next(Student.Id, Now, 1);
        _time.Advance(Minutes(1));
        session = session.Skip(Student.Id, Now, 2);
        _time.Advance(Minutes(1));
        session = session.Next(Student.Id, Now, 3);
        Assert.Equal(SessionStage.CandidateQuestions, session.Stage);

        session = session.OpenFeedback(Student.Id, Now);
        Assert.False(session.IsReadyToDeliver);
        Assert.Throws<SessionRuleException>(() => session.ReleaseFeedback(Student.Id, Now));

        session = session.SubmitSelfAssessment(Assessment(Student.Id));
        Assert.True(session.IsReadyToDeliver);

        session = session.MarkDelivered(Now);
        Assert.Equal(SessionStage.Completed, session.Stage);
        Assert.Null(session.Feedback);
        Assert.Equal([QuestionOutcome.Asked, QuestionOutcome.Skipped, QuestionOutcome.Asked], session.Questions.Select(q => q.Outcome));
    }

    // ---- The whole mentor-led lifecycle ----

    [Fact]
    public void MentorLed_WholeLifecycle_EndsDeliveredWithBothSidesRecorded()
    {
        var session = Planned();

        session = session.Start(Mentor.Id, Now);
        _time.Advance(Minutes(2));
        session = session.RecordMilestone(1, session.DueMilestone(Now));
        session = session.ShowFollowUp(Mentor.Id, 1, 2);
        session = session.TakeNote(Mentor.Id, "Good situation, vague result.", Now);
        session = session.Pause(Mentor.Id, Now, 1);
        _time.Advance(Minutes(5));
        session = session.Resume(Mentor.Id, Now, 1);
        session = session.AddMinute(Mentor.Id, Now, 1);
        _time.Advance(Minutes(3));
        Assert.Equal(TimerMilestone.TimeUp, session.DueMilestone(Now));
        session = session.Next(Mentor.Id, Now, 1);
        _time.Advance(Minutes(1));
        session = session.Skip(Mentor.Id, Now, 2);
        _time.Advance(Minutes(1));
        session = session.Next(Mentor.Id, Now, 3);
        var interviewEnd = Now;

        Assert.Equal(SessionStage.CandidateQuestions, session.Stage);
        _time.Advance(Minutes(5));
        session = session.OpenFeedback(Mentor.Id, Now);
        session = session.SubmitSelfAssessment(Assessment());
        Assert.False(session.IsReadyToDeliver);
        session = session.SubmitFeedback(Report());
        Assert.True(session.IsReadyToDeliver);
        session = session.MarkDelivered(Now);

        Assert.Equal(SessionStage.Completed, session.Stage);
        Assert.Equal(T0, session.StartedAt);
        Assert.Equal(interviewEnd, session.InterviewEndedAt);
        Assert.Equal(Now, session.DeliveredAt);
        Assert.Equal(Minutes(5), session.Questions[0].Timer.Used(Now));
        Assert.Equal(1, session.Questions[0].FollowUpsShown);
        Assert.Equal([QuestionOutcome.Asked, QuestionOutcome.Skipped, QuestionOutcome.Asked], session.Questions.Select(q => q.Outcome));
        Assert.Single(session.Notes);
        Assert.NotNull(session.Feedback);
        Assert.NotNull(session.SelfAssessment);
    }
}
