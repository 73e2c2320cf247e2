using Microsoft.Extensions.Time.Testing;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Domain.Tests.Sessions;

/// <summary>Quick tags on the current question, and when each question was asked and closed.</summary>
public sealed class MockSessionQuickTagsTests
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly Participant Mentor = new("29:1mentor", "Maya Mentor");
    private static readonly Participant Student = new("29:1student", "Sam Student");

    private readonly FakeTimeProvider _time = new(T0);

    private DateTimeOffset Now => _time.GetUtcNow();

    private static Question Question(string id) =>
        new(id, Track.Behavioral, $"Question {id}?", TimeSpan.FromMinutes(4), "A complete STAR story.", ["Follow-up?"], ["Structure"], ["conflict"]);

    private MockSession Started() =>
        MockSession.Plan("s1", Now, Mentor, Student, new SessionSetup(Track.Behavioral, "", InterviewFormat.MentorLed, 60, 3),
            [Question("q-1"), Question("q-2"), Question("q-3")]).Start(Mentor.Id, Now);

    // ---- Quick tags ----

    [Fact]
    public void Tag_ByInterviewer_RecordsTheTagOnTheCurrentQuestionWithTheTime()
    {
        var session = Started();
        _time.Advance(TimeSpan.FromSeconds(75));

        var tagged = session.Tag(Mentor.Id, Now, 1, QuickTag.Rambling, on: true);

        var tag = Assert.Single(tagged.Questions[0].Tags);
        Assert.Equal(new QuestionTag(QuickTag.Rambling, T0.AddSeconds(75)), tag);
        Assert.All(tagged.Questions.Skip(1), q => Assert.Empty(q.Tags));
    }

    [Fact]
    public void Tag_SeveralTags_KeepsThemInTheOrderTheyWereSet()
    {
        var session = Started()
            .Tag(Mentor.Id, Now, 1, QuickTag.StrongStructure, on: true)
            .Tag(Mentor.Id, Now.AddSeconds(30), 1, QuickTag.NoResultStated, on: true);

        Assert.Equal([QuickTag.StrongStructure, QuickTag.NoResultStated], session.Questions[0].Tags.Select(t => t.Tag));
    }

    [Fact]
    public void Tag_SameStateTwice_IsStaleAndChangesNothing()
    {
        // A double click or a Teams retry carries the same "set on" the first click did.
        var session = Started().Tag(Mentor.Id, Now, 1, QuickTag.GreatExample, on: true);

        Assert.Throws<StaleActionException>(() => session.Tag(Mentor.Id, Now.AddSeconds(1), 1, QuickTag.GreatExample, on: true));
        Assert.Throws<StaleActionException>(() => Started().Tag(Mentor.Id, Now, 1, QuickTag.GreatExample, on: false));
    }

    [Fact]
    public void Tag_Off_RemovesOnlyThatTag()
    {
        var session = Started()
            .Tag(Mentor.Id, Now, 1, QuickTag.Rambling, on: true)
            .Tag(Mentor.Id, Now, 1, QuickTag.WeNotI, on: true);

        var cleared = session.Tag(Mentor.Id, Now, 1, QuickTag.Rambling, on: false);

        Assert.Equal([QuickTag.WeNotI], cleared.Questions[0].Tags.Select(t => t.Tag));
    }

    [Fact]
    public void Tag_ByCandidate_IsRefused()
    {
        var session = Started();

        var refused = Assert.Throws<NotInterviewerException>(() => session.Tag(Student.Id, Now, 1, QuickTag.Rambling, on: true));

        Assert.Contains(Mentor.Name, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tag_ButtonOfAnEarlierQuestion_IsStale()
    {
        var session = Started().Next(Mentor.Id, Now, 1);

        Assert.Throws<StaleActionException>(() => session.Tag(Mentor.Id, Now, 1, QuickTag.Rambling, on: true));
    }

    [Fact]
    public void Tag_BeforeStartOrAfterTheQuestions_IsStale()
    {
        var ready = MockSession.Plan("s1", Now, Mentor, Student, new SessionSetup(Track.Behavioral, "", InterviewFormat.MentorLed, 60, 1), [Question("q-1")]);
        var ended = ready.Start(Mentor.Id, Now).EndInterview(Mentor.Id, Now);

        Assert.Throws<StaleActionException>(() => ready.Tag(Mentor.Id, Now, 0, QuickTag.Rambling, on: true));
        Assert.Throws<StaleActionException>(() => ended.Tag(Mentor.Id, Now, 1, QuickTag.Rambling, on: true));
    }

    [Fact]
    public void QuickTags_EveryTagIsInExactlyOneGroup()
    {
        Assert.Equal(Enum.GetValues<QuickTag>().Order(), QuickTags.Strengths.Concat(QuickTags.ToWorkOn).Order());
        Assert.All(QuickTags.Strengths, t => Assert.True(QuickTags.IsStrength(t)));
        Assert.All(QuickTags.ToWorkOn, t => Assert.False(QuickTags.IsStrength(t)));
    }

    // ---- Asked and closed ----

    [Fact]
    public void Start_StampsTheFirstQuestionAsAskedNow()
    {
        var session = Started();

        Assert.Equal(T0, session.Questions[0].AskedAt);
        Assert.Null(session.Questions[0].ClosedAt);
        Assert.All(session.Questions.Skip(1), q => Assert.Null(q.AskedAt));
    }

    [Fact]
    public void NextAndSkip_CloseTheQuestionAndAskTheNextAtTheWallClockIncludingPauses()
    {
        var session = Started();
        _time.Advance(TimeSpan.FromMinutes(1));
        session = session.Pause(Mentor.Id, Now, 1);
        _time.Advance(TimeSpan.FromMinutes(10)); // a long pause still counts: transcripts run on the wall clock
        session = session.Resume(Mentor.Id, Now, 1);
        _time.Advance(TimeSpan.FromMinutes(2));
        session = session.Next(Mentor.Id, Now, 1);
        _time.Advance(TimeSpan.FromSeconds(20));
        session = session.Skip(Mentor.Id, Now, 2);

        Assert.Equal(T0, session.Questions[0].AskedAt);
        Assert.Equal(T0.AddMinutes(13), session.Questions[0].ClosedAt);
        Assert.Equal(T0.AddMinutes(13), session.Questions[1].AskedAt);
        Assert.Equal(T0.AddMinutes(13).AddSeconds(20), session.Questions[1].ClosedAt);
        Assert.Equal(T0.AddMinutes(13).AddSeconds(20), session.Questions[2].AskedAt);
        Assert.Null(session.Questions[2].ClosedAt);
    }

    [Fact]
    public void EndInterview_ClosesTheRunningQuestionAndLeavesTheUnaskedOnesUnstamped()
    {
        var session = Started();
        _time.Advance(TimeSpan.FromMinutes(3));

        var ended = session.EndInterview(Mentor.Id, Now);

        Assert.Equal(T0.AddMinutes(3), ended.Questions[0].ClosedAt);
        Assert.All(ended.Questions.Skip(1), q => Assert.Equal((null, null), (q.AskedAt, q.ClosedAt)));
    }

    [Fact]
    public void NextOnTheLastQuestion_ClosesIt()
    {
        var session = Started().Next(Mentor.Id, Now, 1).Next(Mentor.Id, Now, 2);
        _time.Advance(TimeSpan.FromMinutes(2));

        var finished = session.Next(Mentor.Id, Now, 3);

        Assert.Equal(SessionStage.CandidateQuestions, finished.Stage);
        Assert.Equal(T0.AddMinutes(2), finished.Questions[2].ClosedAt);
    }
}
