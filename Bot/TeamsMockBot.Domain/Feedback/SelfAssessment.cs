namespace TeamsMockBot.Domain.Feedback;

/// <summary>The candidate's own ratings on the same rubric, given before they see the feedback.</summary>
public sealed record SelfAssessment(
    string AuthorId,
    IReadOnlyDictionary<Competency, int> Ratings,
    string Reflection,
    DateTimeOffset SubmittedAt)
{
    public double? OverallScore => RubricRatings.Overall(Ratings);
}
