namespace TeamsMockBot.Domain.Feedback;

/// <summary>What the candidate typed into the self-assessment form, before validation; ratings keyed by competency id.</summary>
public sealed record SelfAssessmentDraft(IReadOnlyDictionary<string, int?> Ratings, string Reflection)
{
    public const int MaxReflectionLength = 2000;

    public static SelfAssessmentDraft Empty { get; } = new(new Dictionary<string, int?>(), string.Empty);

    /// <summary>In a peer mock: the 1–4 rating of the peer who interviewed (null = not chosen).</summary>
    public int? InterviewerScore { get; init; }

    public string InterviewerComment { get; init; } = string.Empty;

    /// <summary>
    /// Problems keyed by field name; <paramref name="competencies"/> are what the session is rated on.
    /// <paramref name="ratesInterviewer"/> (a peer mock) also asks for the interviewer's rating and its comment.
    /// </summary>
    public IReadOnlyDictionary<string, string> Validate(IReadOnlyList<RubricCompetency> competencies, bool ratesInterviewer = false)
    {
        var errors = new Dictionary<string, string>();
        FeedbackValidation.CheckRatings(Ratings, competencies, errors);
        if (Reflection.Length > MaxReflectionLength)
        {
            errors[FeedbackPart.Reflection] = $"Keep it under {MaxReflectionLength} characters.";
        }

        if (ratesInterviewer)
        {
            if (InterviewerScore is not (>= RubricCompetency.MinRating and <= RubricCompetency.MaxRating))
            {
                errors[FeedbackPart.InterviewerScore] = "Rate your interviewer from 1 to 4.";
            }

            if (InterviewerComment.Trim().Length == 0)
            {
                errors[FeedbackPart.InterviewerComment] = "Add one comment for your interviewer.";
            }
            else if (InterviewerComment.Length > InterviewerRating.MaxCommentLength)
            {
                errors[FeedbackPart.InterviewerComment] = $"Keep it under {InterviewerRating.MaxCommentLength} characters.";
            }
        }

        return errors;
    }

    public SelfAssessment ToAssessment(string authorId, DateTimeOffset now) => new(
        authorId,
        Ratings.Where(r => r.Value is not null).ToDictionary(r => r.Key, r => r.Value!.Value),
        Reflection.Trim(),
        now)
    {
        ForInterviewer = InterviewerScore is { } score ? new InterviewerRating(score, InterviewerComment.Trim()) : null,
    };
}
