namespace TeamsMockBot.Domain.Feedback;

/// <summary>What the candidate typed into the self-assessment form, before validation; ratings keyed by competency id.</summary>
public sealed record SelfAssessmentDraft(IReadOnlyDictionary<string, int?> Ratings, string Reflection)
{
    public const int MaxReflectionLength = 2000;

    public static SelfAssessmentDraft Empty { get; } = new(new Dictionary<string, int?>(), string.Empty);

    /// <summary>Problems keyed by field name; <paramref name="competencies"/> are what the session is rated on.</summary>
    public IReadOnlyDictionary<string, string> Validate(IReadOnlyList<RubricCompetency> competencies)
    {
        var errors = new Dictionary<string, string>();
        FeedbackValidation.CheckRatings(Ratings, competencies, errors);
        if (Reflection.Length > MaxReflectionLength)
        {
            errors[FeedbackPart.Reflection] = $"Keep it under {MaxReflectionLength} characters.";
        }

        return errors;
    }

    public SelfAssessment ToAssessment(string authorId, DateTimeOffset now) => new(
        authorId,
        Ratings.Where(r => r.Value is not null).ToDictionary(r => r.Key, r => r.Value!.Value),
        Reflection.Trim(),
        now);
}
