namespace TeamsMockBot.Domain.Analytics;

/// <summary>A competency's rating in each session that rated it, oldest first.</summary>
public sealed record CompetencyTrend(string CompetencyId, string Name, IReadOnlyList<ProgressPoint> Ratings)
{
    /// <summary>A rating at or under this is "needs work" on the 1–4 scale.</summary>
    public const int LowRating = 2;

    public int SessionsRatedLow => Ratings.Count(r => r.Value <= LowRating);
}
