namespace TeamsMockBot.Domain.Feedback;

/// <summary>
/// The interviewer's structured feedback on one session; <see cref="Ratings"/> are keyed by competency
/// id and hold only what was rated 1–4 (a competency the interviewer did not observe is in
/// <see cref="NotObserved"/>, never a number).
/// </summary>
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

    /// <summary>Competency ids the interviewer marked "not observed"; left out of every score. Empty in reports stored before it existed.</summary>
    public IReadOnlyList<string> NotObserved { get; init; } = [];

    /// <summary>
    /// When each step of <see cref="ActionPlan"/> is due, by index: a date, or null for "before the next
    /// mock". Shorter than the plan (or empty, in reports stored before it existed): the rest are "before the next mock".
    /// </summary>
    public IReadOnlyList<DateOnly?> ActionDue { get; init; } = [];

    public double? OverallScore => RubricRatings.Overall(Ratings);

    /// <summary>Step <paramref name="index"/> (0-based)'s due date, or null for "before the next mock".</summary>
    public DateOnly? DueOf(int index) => index < ActionDue.Count ? ActionDue[index] : null;
}
