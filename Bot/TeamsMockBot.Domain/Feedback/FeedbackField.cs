namespace TeamsMockBot.Domain.Feedback;

/// <summary>
/// Names of the fields on the feedback and self-assessment forms. Validation errors are keyed by
/// these names so a card can show each error next to its field.
/// </summary>
public static class FeedbackField
{
    public const string Strengths = "strengths";
    public const string Improvements = "improvements";
    public const string ActionPlan = "actionPlan";
    public const string Readiness = "readiness";
    public const string Reflection = "reflection";

    /// <summary>The input of one competency's rating, e.g. <c>rating.Structure</c>.</summary>
    public static string Rating(string competencyId) => "rating." + competencyId;

    public static string ActionStep(int number) => "action" + number;
}
