namespace TeamsMockBot.Domain.Feedback;

/// <summary>The interviewer's structured feedback on one session; <see cref="Ratings"/> are keyed by competency id.</summary>
public sealed record FeedbackReport(
    string AuthorId,
    IReadOnlyDictionary<string, int> Ratings,
    string Strengths,
    string Improvements,
    IReadOnlyList<string> ActionPlan,
    Readiness Readiness,
    DateTimeOffset SubmittedAt)
{
    /// <summary>The idempotency key of the form submit that produced this report (one per form shown).</summary>
    public string SubmissionId { get; init; } = string.Empty;

    public double? OverallScore => RubricRatings.Overall(Ratings);
}
