namespace TeamsMockBot.Domain.Feedback;

internal static class FeedbackValidation
{
    /// <summary>
    /// Every competency the session is rated on must be rated 1–4, or (the interviewer's form only)
    /// be in <paramref name="notObserved"/>; both forms use the same rule.
    /// </summary>
    public static void CheckRatings(
        IReadOnlyDictionary<string, int?> ratings, IReadOnlyList<RubricCompetency> competencies, Dictionary<string, string> errors,
        IReadOnlyCollection<string>? notObserved = null)
    {
        ArgumentNullException.ThrowIfNull(competencies);
        foreach (var competency in competencies)
        {
            if (notObserved?.Contains(competency.Id) == true)
            {
                continue;
            }

            ratings.TryGetValue(competency.Id, out var rating);
            if (rating is not (>= RubricCompetency.MinRating and <= RubricCompetency.MaxRating))
            {
                errors[FeedbackPart.Rating(competency.Id)] = notObserved is null ? "Choose a rating from 1 to 4." : "Choose a rating from 1 to 4, or Not observed.";
            }
        }
    }
}
