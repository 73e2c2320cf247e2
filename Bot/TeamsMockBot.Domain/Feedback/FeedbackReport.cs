namespace TeamsMockBot.Domain.Feedback;

/// <summary>The interviewer's structured feedback on one session.</summary>
public sealed record FeedbackReport(
    string AuthorId,
    IReadOnlyDictionary<Competency, int> Ratings,
    string Strengths,
    string Improvements,
    IReadOnlyList<string> ActionPlan,
    Readiness Readiness,
    DateTimeOffset SubmittedAt)
{
    public double? OverallScore => RubricRatings.Overall(Ratings);
}
