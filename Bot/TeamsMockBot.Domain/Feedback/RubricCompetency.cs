namespace TeamsMockBot.Domain.Feedback;

/// <summary>
/// A competency with its anchored levels: <see cref="Levels"/>[0] describes a 1, [3] describes a 4.
/// Anchors make ratings comparable across interviewers.
/// </summary>
/// <param name="Id">
/// Stable id from the rubric content, e.g. <c>Structure</c>. Ratings are stored keyed by it and card
/// inputs are named after it, so an id must never be reused for a different competency.
/// </param>
public sealed record RubricCompetency(string Id, string Title, string Summary, IReadOnlyList<string> Levels)
{
    public const int MinRating = 1;
    public const int MaxRating = 4;
    public const int LevelCount = MaxRating - MinRating + 1;
}
