using TeamsMockBot.Domain.Feedback;

namespace TeamsMockBot.Domain.Sessions;

/// <summary>The feedback step of a session: the interviewer's feedback, the self-assessment, release and delivery.</summary>
public sealed partial record MockSession
{
    /// <summary>
    /// Saves the interviewer's feedback. The same submit arriving twice (double click, Teams retry,
    /// two instances) changes nothing; a new submit before delivery is an edit: the previous version
    /// is kept in <see cref="EarlierFeedback"/>.
    /// </summary>
    public MockSession SubmitFeedback(FeedbackReport report)
    {
        RequireInterviewer(report.AuthorId);
        if (IsSolo)
        {
            throw new SessionRuleException("Solo practice has no interviewer feedback; use the self-assessment.");
        }

        if (IsSameSubmit(Feedback?.SubmissionId, report.SubmissionId) || EarlierFeedback.Any(f => IsSameSubmit(f.SubmissionId, report.SubmissionId)))
        {
            return this;
        }

        RequireFeedbackOpen();
        return Feedback is null ? this with { Feedback = report } : this with { Feedback = report, EarlierFeedback = [.. EarlierFeedback, Feedback] };
    }

    public MockSession SubmitSelfAssessment(SelfAssessment assessment)
    {
        if (!IsCandidate(assessment.AuthorId))
        {
            throw new SessionRuleException($"Only the candidate ({Candidate.Name}) can self-assess this session.");
        }

        if (IsSameSubmit(SelfAssessment?.SubmissionId, assessment.SubmissionId))
        {
            return this;
        }

        RequireFeedbackOpen();
        if (HasBothHalves && assessment.ForInterviewer is null)
        {
            throw new SessionRuleException($"In a peer mock, rate {Interviewer.Name} as an interviewer too.");
        }

        return SelfAssessment is null ? this with { SelfAssessment = assessment } : throw new StaleActionException("Your self-assessment was already submitted.");
    }

    /// <summary>Lets the interviewer deliver feedback without waiting for the self-assessment.</summary>
    public MockSession ReleaseFeedback(string actorId, DateTimeOffset now)
    {
        RequireInterviewer(actorId);
        if (HasBothHalves)
        {
            throw new SessionRuleException("In a peer mock, the feedback cards go out once you have both sent yours, or at the deadline.");
        }

        if (Feedback is null)
        {
            throw new SessionRuleException("Submit your feedback before releasing it.");
        }

        return FeedbackReleasedAt is null ? this with { FeedbackReleasedAt = now } : throw new StaleActionException("Feedback was already released.");
    }

    /// <summary>True when the candidate's feedback card can be sent and has not been yet.</summary>
    public bool IsReadyToDeliver =>
        Stage == SessionStage.AwaitingFeedback &&
        (IsSolo ? SelfAssessment is not null : Feedback is not null && (SelfAssessment is not null || FeedbackReleasedAt is not null));

    public MockSession MarkDelivered(DateTimeOffset now) =>
        IsReadyToDeliver ? this with { Stage = SessionStage.Completed, DeliveredAt = now }
            : throw new StaleActionException(Stage == SessionStage.Completed
                ? "The feedback card has already been delivered."
                : "The feedback isn't complete yet.");

    /// <summary>
    /// Removes the interviewer from the session when they delete their data: their name, id and
    /// private notes go; the feedback they gave stays with the student, attributed to <paramref name="replacement"/>.
    /// </summary>
    public MockSession ForgetInterviewer(Participant replacement) => this with
    {
        Interviewer = replacement,
        Notes = [],
        Feedback = Feedback is null ? null : Feedback with { AuthorId = replacement.Id },
        EarlierFeedback = EarlierFeedback.Select(f => f with { AuthorId = replacement.Id }).ToList(),
    };
}
