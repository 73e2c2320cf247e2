namespace TeamsMockBot.Domain.Feedback;

internal static class FeedbackValidation
{
    /// <summary>Every competency the session is rated on must be rated 1–4; both forms use the same rule.</summary>
    public static void CheckRatings(
        IReadOnlyDictionary<string, int?> ratings, IReadOnlyList<RubricCompetency> competencies, Dictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(competencies);
        foreach (var competency in competencies)
        {
            ratings.TryGetValue(competency.Id, out var rating);
            if (rating is not (>= RubricCompetency.MinRating and <= RubricCompetency.MaxRating))
            {
                errors[FeedbackPart.Rating(competency.Id)] = "Choose a rating from 1 to 4.";
            }
        }
    }
}
