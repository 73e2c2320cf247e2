namespace TeamsMockBot.Domain.Feedback;

internal static class FeedbackValidation
{
    /// <summary>Every competency of the rubric must be rated 1–4; both forms use the same rule.</summary>
    public static void CheckRatings(IReadOnlyDictionary<Competency, int?> ratings, Dictionary<string, string> errors)
    {
        foreach (var competency in Enum.GetValues<Competency>())
        {
            ratings.TryGetValue(competency, out var rating);
            if (rating is not (>= RubricCompetency.MinRating and <= RubricCompetency.MaxRating))
            {
                errors[FeedbackField.Rating(competency)] = "Choose a rating from 1 to 4.";
            }
        }
    }
}
