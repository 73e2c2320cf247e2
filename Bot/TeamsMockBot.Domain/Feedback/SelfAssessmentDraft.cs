namespace TeamsMockBot.Domain.Feedback;

/// <summary>What the candidate typed into the self-assessment form, before validation.</summary>
public sealed record SelfAssessmentDraft(IReadOnlyDictionary<Competency, int?> Ratings, string Reflection)
{
    public const int MaxReflectionLength = 2000;

    public static SelfAssessmentDraft Empty { get; } = new(new Dictionary<Competency, int?>(), string.Empty);

    public IReadOnlyDictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>();
        FeedbackValidation.CheckRatings(Ratings, errors);
        if (Reflection.Length > MaxReflectionLength)
        {
            errors[FeedbackField.Reflection] = $"Keep it under {MaxReflectionLength} characters.";
        }

        return errors;
    }

    public SelfAssessment ToAssessment(string authorId, DateTimeOffset now) => new(
        authorId,
        Ratings.Where(r => r.Value is not null).ToDictionary(r => r.Key, r => r.Value!.Value),
        Reflection.Trim(),
        now);
}
