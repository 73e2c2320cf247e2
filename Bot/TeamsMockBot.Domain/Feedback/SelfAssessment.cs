namespace TeamsMockBot.Domain.Feedback;

/// <summary>The candidate's own ratings on the same rubric, given before they see the feedback; keyed by competency id.</summary>
public sealed record SelfAssessment(
    string AuthorId,
    IReadOnlyDictionary<string, int> Ratings,
    string Reflection,
    DateTimeOffset SubmittedAt)
{
    /// <summary>The idempotency key of the form submit that produced this assessment.</summary>
    public string SubmissionId { get; init; } = string.Empty;

    /// <summary>In a peer mock: the candidate's rating of the peer who interviewed them; null otherwise.</summary>
    public InterviewerRating? ForInterviewer { get; init; }

    public double? OverallScore => RubricRatings.Overall(Ratings);
}
