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

    public static string Rating(string competencyId) => FeedbackPart.Rating(competencyId);

    public static string ActionStep(int number) => FeedbackPart.ActionStep(number);
}
