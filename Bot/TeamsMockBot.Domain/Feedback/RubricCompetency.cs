namespace TeamsMockBot.Domain.Feedback;

/// <summary>
/// A competency with its anchored levels: <see cref="Levels"/>[0] describes a 1, [3] describes a 4.
/// Anchors make ratings comparable across interviewers.
/// </summary>
public sealed record RubricCompetency(Competency Competency, string Title, string Summary, IReadOnlyList<string> Levels)
{
    public const int MinRating = 1;
    public const int MaxRating = 4;
}
