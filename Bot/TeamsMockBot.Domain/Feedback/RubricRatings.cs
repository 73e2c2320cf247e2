namespace TeamsMockBot.Domain.Feedback;

/// <summary>Scores computed from a set of 1–4 ratings keyed by competency id.</summary>
public static class RubricRatings
{
    /// <summary>
    /// The overall score is computed from the ratings, never typed (PRODUCT.md: scores are data):
    /// the mean of the rated competencies, rounded to one decimal.
    /// </summary>
    public static double? Overall(IReadOnlyDictionary<string, int> ratings) =>
        ratings.Count == 0 ? null : Math.Round(ratings.Values.Average(), 1);
}
