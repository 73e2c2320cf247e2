using TeamsMockBot.Domain.Feedback;

namespace TeamsMockBot.Cards;

/// <summary>
/// Input ids of the feedback and self-assessment forms. Each input is named after the
/// <see cref="FeedbackPart"/> it fills, so a draft's problem (keyed by part) lands next to its input
/// and the form's submitted values read back into the same parts.
/// </summary>
public static class FeedbackInputs
{
    public const string Strengths = FeedbackPart.Strengths;
    public const string Improvements = FeedbackPart.Improvements;
    public const string Readiness = FeedbackPart.Readiness;
    public const string Reflection = FeedbackPart.Reflection;
    public const string InterviewerScore = FeedbackPart.InterviewerScore;
    public const string InterviewerComment = FeedbackPart.InterviewerComment;

    /// <summary>The choice value of "Not observed" in a rating (interviewer's form only).</summary>
    public const string NotObserved = "NotObserved";

    /// <summary>Sent by "Submit anyway": the giver saw the coach's flags and submits as written.</summary>
    public const string CoachingSeen = "coachingSeen";

    /// <summary>The action-plan step a report card button is about (1-based).</summary>
    public const string Step = "step";

    public static string Rating(string competencyId) => FeedbackPart.Rating(competencyId);

    public static string ActionDue(int number) => FeedbackPart.ActionDue(number);

    public static string ActionStep(int number) => FeedbackPart.ActionStep(number);
}
