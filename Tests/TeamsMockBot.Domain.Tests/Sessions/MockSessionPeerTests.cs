using Microsoft.Extensions.Time.Testing;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Domain.Tests.Sessions;

/// <summary>Peer mocks: the swap, the second half, the double-blind gate and the interviewer rating.</summary>
public sealed class MockSessionPeerTests
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly Participant Ann = new("29:1ann", "Ann A");
    private static readonly Participant Ben = new("29:1ben", "Ben B");

    private readonly FakeTimeProvider _time = new(T0);

    private DateTimeOffset Now => _time.GetUtcNow();

    private DateTimeOffset ReleaseAt => T0.AddDays(1);

    private static Question Question(string id) =>
        new(id, Track.Behavioral, $"Question {id}?", TimeSpan.FromMinutes(4), "A complete STAR story.", [], ["Structure"], []);

    private static SessionSetup Setup(InterviewFormat format = InterviewFormat.Peer) => new(Track.Behavioral, "", format, 30, 1);

    private MockSession FirstHalf() => MockSession.Plan("s1", Now, Ann, Ben, Setup(), [Question("q-ben")]);

    private MockSession FirstHalfAtItsEnd() => FirstHalf().Start(Ann.Id, Now).EndInterview(Ann.Id, Now);

    private (MockSession First, MockSession Second) BothAwaitingFeedback()
    {
        var first = FirstHalfAtItsEnd().SwapRoles(Ann.Id, Now, ReleaseAt);
        var second = first.PlanSecondHalf(Now, [Question("q-ann")], ReleaseAt).Start(Ben.Id, Now).EndInterview(Ben.Id, Now).OpenFeedback(Ben.Id, Now);
        return (first, second);
    }

    private static FeedbackReport Report(Participant author) => new(
        author.Id, Rubric.BuiltIn.General.ToDictionary(c => c.Id, _ => 3), "You opened with a crisp summary.", "Give the result a number.",
        ["Rehearse two stories.", "Quantify every result."], Readiness.Almost, T0);

    private static SelfAssessment Self(Participant author, InterviewerRating? rating) =>
        new(author.Id, Rubric.BuiltIn.General.ToDictionary(c => c.Id, _ => 2), "", T0) { ForInterviewer = rating };

    private static readonly InterviewerRating Good = new(3, "Kept time well.");

    [Fact]
    public void Plan_PeerFormat_IsHalfOneLinkedToItsSecondHalf()
    {
        var session = FirstHalf();

        Assert.Equal(new PeerHalf("s1", PeerHalf.First, "s1-swap"), session.Peer);
        Assert.False(session.HandedCardToPartner);
        Assert.Null(MockSession.Plan("s2", Now, Ann, Ben, Setup(InterviewFormat.MentorLed), [Question("q")]).Peer);
    }

    [Fact]
    public void SwapRoles_AfterTheCandidatesQuestions_OpensHalfOnesFeedbackAndSetsTheDeadline()
    {
        var swapped = FirstHalfAtItsEnd().SwapRoles(Ann.Id, Now, ReleaseAt);

        Assert.Equal(SessionStage.AwaitingFeedback, swapped.Stage);
        Assert.Equal(ReleaseAt, swapped.Peer!.ReleaseAt);
        Assert.True(swapped.HandedCardToPartner);
        Assert.Throws<StaleActionException>(() => swapped.SwapRoles(Ann.Id, Now, ReleaseAt));
    }

    [Fact]
    public void SwapRoles_ByTheCandidateOrTooEarlyOrOutsideAPeerMock_IsRefused()
    {
        Assert.Throws<NotInterviewerException>(() => FirstHalfAtItsEnd().SwapRoles(Ben.Id, Now, ReleaseAt));
        Assert.Throws<SessionRuleException>(() => FirstHalf().Start(Ann.Id, Now).SwapRoles(Ann.Id, Now, ReleaseAt));
        var mentorLed = MockSession.Plan("s2", Now, Ann, Ben, Setup(InterviewFormat.MentorLed), [Question("q")]).Start(Ann.Id, Now).EndInterview(Ann.Id, Now);
        Assert.Throws<SessionRuleException>(() => mentorLed.SwapRoles(Ann.Id, Now, ReleaseAt));
    }

    [Fact]
    public void OpenFeedback_OnHalfOne_AsksForTheSwapInstead()
    {
        var refused = Assert.Throws<SessionRuleException>(() => FirstHalfAtItsEnd().OpenFeedback(Ann.Id, Now));

        Assert.Contains("swap roles", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanSecondHalf_ReversesTheRolesOnTheOtherPlan()
    {
        var second = FirstHalfAtItsEnd().SwapRoles(Ann.Id, Now, ReleaseAt).PlanSecondHalf(Now, [Question("q-ann")], ReleaseAt);

        Assert.Equal("s1-swap", second.Id);
        Assert.Equal((Ben, Ann), (second.Interviewer, second.Candidate));
        Assert.Equal(["q-ann"], second.Questions.Select(q => q.QuestionId));
        Assert.Equal(new PeerHalf("s1", PeerHalf.Second, "s1") { ReleaseAt = ReleaseAt }, second.Peer);
        Assert.Equal(SessionStage.Ready, second.Stage);
        Assert.False(second.HandedCardToPartner);
        Assert.Throws<SessionRuleException>(() => second.PlanSecondHalf(Now, [Question("q")], ReleaseAt));
        Assert.Throws<SessionRuleException>(() => second.SwapRoles(Ben.Id, Now, ReleaseAt));
    }

    [Fact]
    public void IsBlindedBy_UntilBothHaveSentFeedbackAndSelfAssessment()
    {
        var (first, second) = BothAwaitingFeedback();
        first = first.SubmitFeedback(Report(Ann)).SubmitSelfAssessment(Self(Ben, Good));
        Assert.True(first.IsReadyToDeliver);
        Assert.True(first.IsBlindedBy(second, Now));

        second = second.SubmitFeedback(Report(Ben));
        Assert.True(first.IsBlindedBy(second, Now));
        Assert.True(second.IsBlindedBy(first, Now));

        second = second.SubmitSelfAssessment(Self(Ann, Good));
        Assert.False(first.IsBlindedBy(second, Now));
        Assert.False(second.IsBlindedBy(first, Now));
    }

    [Fact]
    public void IsBlindedBy_LiftsAtTheDeadlineWithoutAPartnerOrOnceThePartnerWasDelivered()
    {
        var (first, second) = BothAwaitingFeedback();

        Assert.True(first.IsBlindedBy(second, Now));
        Assert.False(first.IsBlindedBy(second, ReleaseAt));
        Assert.False(first.IsBlindedBy(null, Now));
        Assert.False(first.IsBlindedBy(second with { Stage = SessionStage.Completed }, Now));
        Assert.False(MockSession.Plan("s2", Now, Ann, Ben, Setup(InterviewFormat.MentorLed), [Question("q")]).IsBlindedBy(second, Now));
    }

    [Fact]
    public void ReleaseAfterDeadline_LetsAHalfWithFeedbackGoWithoutTheSelfAssessment()
    {
        var (first, _) = BothAwaitingFeedback();
        first = first.SubmitFeedback(Report(Ann));

        Assert.Same(first, first.ReleaseAfterDeadline(ReleaseAt.AddSeconds(-1)));
        var released = first.ReleaseAfterDeadline(ReleaseAt);
        Assert.Equal(ReleaseAt, released.FeedbackReleasedAt);
        Assert.True(released.IsReadyToDeliver);
        Assert.Same(released, released.ReleaseAfterDeadline(ReleaseAt.AddHours(1)));
    }

    [Fact]
    public void ReleaseAfterDeadline_WithoutFeedback_ChangesNothing()
    {
        var (first, _) = BothAwaitingFeedback();

        Assert.Same(first, first.ReleaseAfterDeadline(ReleaseAt.AddDays(1)));
    }

    [Fact]
    public void SubmitSelfAssessment_PeerWithoutRatingTheInterviewer_IsRefused()
    {
        var (first, _) = BothAwaitingFeedback();

        Assert.Throws<SessionRuleException>(() => first.SubmitSelfAssessment(Self(Ben, null)));
        Assert.Equal(Good, first.SubmitSelfAssessment(Self(Ben, Good)).SelfAssessment!.ForInterviewer);
    }

    [Fact]
    public void ReleaseFeedback_InAPeerMock_IsRefusedSoTheBlindHolds()
    {
        var (first, _) = BothAwaitingFeedback();

        Assert.Throws<SessionRuleException>(() => first.SubmitFeedback(Report(Ann)).ReleaseFeedback(Ann.Id, Now));
    }

    [Fact]
    public void CloseForFeedback_HalfOneBeforeTheSwap_KeepsTheCardAndHasNoDeadline()
    {
        var closed = FirstHalf().Start(Ann.Id, Now).CloseForFeedback(Now);

        Assert.Equal(SessionStage.AwaitingFeedback, closed.Stage);
        Assert.False(closed.HandedCardToPartner);
        Assert.False(closed.HasBothHalves);
        Assert.False(closed.IsBlindedBy(null, Now));
        // Nobody to rate in a second half: the self-assessment needs no interviewer rating, and release works as in any mock.
        Assert.NotNull(closed.SubmitSelfAssessment(Self(Ben, null)).SelfAssessment);
        Assert.NotNull(closed.SubmitFeedback(Report(Ann)).ReleaseFeedback(Ann.Id, Now).FeedbackReleasedAt);
    }

    [Fact]
    public void SelfAssessmentDraft_RatesInterviewer_NeedsAScoreFromOneToFourAndAComment()
    {
        var ratings = Rubric.BuiltIn.General.ToDictionary(c => c.Id, _ => (int?)3);
        var draft = new SelfAssessmentDraft(ratings, "");
        var competencies = Rubric.BuiltIn.General;

        Assert.Empty(draft.Validate(competencies));
        var errors = draft.Validate(competencies, ratesInterviewer: true);
        Assert.Equal([FeedbackPart.InterviewerComment, FeedbackPart.InterviewerScore], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(FeedbackPart.InterviewerScore, (draft with { InterviewerScore = 5, InterviewerComment = "ok" }).Validate(competencies, true).Keys);
        Assert.Empty((draft with { InterviewerScore = 4, InterviewerComment = " Great pacing. " }).Validate(competencies, true));
        Assert.Equal(new InterviewerRating(4, "Great pacing."), (draft with { InterviewerScore = 4, InterviewerComment = " Great pacing. " }).ToAssessment("x", T0).ForInterviewer);
        Assert.Null(draft.ToAssessment("x", T0).ForInterviewer);
    }
}
