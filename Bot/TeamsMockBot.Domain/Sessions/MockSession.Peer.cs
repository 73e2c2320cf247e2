using TeamsMockBot.Domain.Questions;

namespace TeamsMockBot.Domain.Sessions;

/// <summary>
/// Peer mocks: the swap at the midpoint and the double-blind release of the two halves' feedback.
/// A swap turns half 1 into its feedback step and plans half 2 with the roles reversed, on the
/// other student's plan. Neither half's feedback card leaves while the other person still owes
/// their feedback or self-assessment, until <see cref="PeerHalf.ReleaseAt"/>.
/// </summary>
public sealed partial record MockSession
{
    public PeerHalf? Peer { get; init; }

    public bool IsPeer => Peer is not null;

    /// <summary>
    /// A peer half whose roles were swapped (half 1 after the swap, and every half 2): its feedback
    /// is double-blind and its candidate rates the interviewer. Half 1 closed before any swap (the
    /// meeting ended) is a plain one-way mock.
    /// </summary>
    public bool HasBothHalves => Peer is { ReleaseAt: not null };

    /// <summary>Half 1 after the swap: the chat's shared card now shows half 2, so half 1 no longer updates it.</summary>
    public bool HandedCardToPartner => Peer is { Number: PeerHalf.First, ReleaseAt: not null };

    /// <summary>
    /// The midpoint of a peer mock: the candidate's own questions are done, half 1 moves to its
    /// feedback step and the double-blind deadline is set. Half 2 is planned by <see cref="PlanSecondHalf"/>.
    /// </summary>
    public MockSession SwapRoles(string actorId, DateTimeOffset now, DateTimeOffset releaseAt)
    {
        RequireInterviewer(actorId);
        if (Peer is not { Number: PeerHalf.First } peer)
        {
            throw new SessionRuleException("Only the first half of a peer mock swaps roles.");
        }

        return Stage switch
        {
            SessionStage.CandidateQuestions => this with
            {
                Stage = SessionStage.AwaitingFeedback,
                InterviewEndedAt = InterviewEndedAt ?? now,
                Peer = peer with { ReleaseAt = releaseAt },
            },
            SessionStage.Ready or SessionStage.Interviewing => throw new SessionRuleException($"End the interview first; you swap roles after {Candidate.Name}'s own questions."),
            _ => throw new StaleActionException("You have already swapped roles."),
        };
    }

    /// <summary>Half 2 of this peer mock: the candidate interviews the interviewer on <paramref name="questions"/> (the interviewer's own plan).</summary>
    public MockSession PlanSecondHalf(DateTimeOffset now, IReadOnlyList<Question> questions, DateTimeOffset releaseAt)
    {
        if (Peer is not { Number: PeerHalf.First } peer)
        {
            throw new SessionRuleException("Only the first half of a peer mock has a second half.");
        }

        return Plan(peer.PartnerSessionId, now, Candidate, Interviewer, Setup, questions) with
        {
            Peer = new PeerHalf(Id, PeerHalf.Second, Id) { ReleaseAt = releaseAt },
        };
    }

    /// <summary>
    /// True while this half's feedback card must wait for <paramref name="partner"/> (the other
    /// half, null if it was never made or is deleted): the other person has not sent both their
    /// feedback and their self-assessment yet, and the deadline has not passed.
    /// </summary>
    public bool IsBlindedBy(MockSession? partner, DateTimeOffset now)
    {
        if (Peer is not { } peer || partner is null || partner.Stage == SessionStage.Completed || peer.ReleaseAt <= now)
        {
            return false;
        }

        var bothIn = Feedback is not null && SelfAssessment is not null && partner.Feedback is not null && partner.SelfAssessment is not null;
        return !bothIn;
    }

    /// <summary>
    /// After the double-blind deadline a half with the interviewer's feedback goes out without
    /// waiting any longer for the self-assessment; otherwise nothing changes.
    /// </summary>
    public MockSession ReleaseAfterDeadline(DateTimeOffset now) =>
        Peer is { ReleaseAt: { } releaseAt } && releaseAt <= now && Stage == SessionStage.AwaitingFeedback && Feedback is not null && FeedbackReleasedAt is null
            ? this with { FeedbackReleasedAt = now }
            : this;
}
