namespace TeamsMockBot.Domain.Feedback;

/// <summary>
/// The parts of a feedback record or self-assessment that a validation problem can name: drafts
/// report their problems keyed by these, so whoever shows the form can put each one in its place.
/// </summary>
public static class FeedbackPart
{
    public const string Strengths = "strengths";
    public const string Improvements = "improvements";
    public const string ActionPlan = "actionPlan";
    public const string Readiness = "readiness";
    public const string Reflection = "reflection";
    public const string InterviewerScore = "interviewerScore";
    public const string InterviewerComment = "interviewerComment";

    /// <summary>The rating of one competency.</summary>
    public static string Rating(string competencyId) => "rating." + competencyId;

    /// <summary>One step of the action plan, numbered from 1.</summary>
    public static string ActionStep(int number) => "action" + number;

    /// <summary>The date of one step of the action plan, numbered from 1 (empty: before the next mock).</summary>
    public static string ActionDue(int number) => "actionDue" + number;
}
