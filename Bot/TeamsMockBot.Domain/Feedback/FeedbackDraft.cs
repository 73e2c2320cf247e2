namespace TeamsMockBot.Domain.Feedback;

/// <summary>
/// What the interviewer typed into the feedback form, before validation. Kept whole so that a
/// form with errors can be shown again with everything preserved. <see cref="Ratings"/> are keyed
/// by competency id.
/// </summary>
public sealed record FeedbackDraft(
    IReadOnlyDictionary<string, int?> Ratings,
    string Strengths,
    string Improvements,
    IReadOnlyList<string> ActionPlan,
    Readiness? Readiness)
{
    public const int MinActionSteps = 2;
    public const int MaxActionSteps = 3;
    public const int MaxCommentLength = 2000;

    public static FeedbackDraft Empty { get; } = new(
        new Dictionary<string, int?>(), string.Empty, string.Empty, [], null);

    /// <summary>A draft holding a submitted report, for editing it into a new version.</summary>
    public static FeedbackDraft From(FeedbackReport report) => new(
        report.Ratings.ToDictionary(r => r.Key, r => (int?)r.Value), report.Strengths, report.Improvements, report.ActionPlan, report.Readiness);

    /// <summary>
    /// Problems keyed by <see cref="FeedbackPart"/> names; empty when the draft can be submitted.
    /// <paramref name="competencies"/> are what the session is rated on (<see cref="Rubric.ForTrack"/>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Validate(IReadOnlyList<RubricCompetency> competencies)
    {
        var errors = new Dictionary<string, string>();
        FeedbackValidation.CheckRatings(Ratings, competencies, errors);
        CheckComment(FeedbackPart.Strengths, Strengths, "Name at least one strength.", errors);
        CheckComment(FeedbackPart.Improvements, Improvements, "Name at least one thing to improve.", errors);

        var steps = ActionPlan.Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        if (steps.Count < MinActionSteps)
        {
            errors[FeedbackPart.ActionPlan] = $"Give {MinActionSteps}–{MaxActionSteps} concrete next steps.";
        }

        if (Readiness is null)
        {
            errors[FeedbackPart.Readiness] = "Choose an overall readiness.";
        }

        return errors;
    }

    public FeedbackReport ToReport(string authorId, DateTimeOffset now) => new(
        authorId,
        Ratings.Where(r => r.Value is not null).ToDictionary(r => r.Key, r => r.Value!.Value),
        Strengths.Trim(),
        Improvements.Trim(),
        ActionPlan.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Take(MaxActionSteps).ToList(),
        Readiness ?? throw new InvalidOperationException("Validate the draft before turning it into a report."),
        now);

    private static void CheckComment(string field, string text, string missing, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors[field] = missing;
        }
        else if (text.Length > MaxCommentLength)
        {
            errors[field] = $"Keep it under {MaxCommentLength} characters.";
        }
        else if (FeedbackCoach.Review(text) is { } coaching)
        {
            errors[field] = coaching;
        }
    }
}
