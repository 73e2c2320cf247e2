using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Feedback;

using TeamsMockBot.Application.Sessions;

namespace TeamsMockBot.Application.Feedback;

/// <summary>Reads the feedback and self-assessment forms' inputs into drafts, keeping everything typed.</summary>
public static class FeedbackForms
{
    public static FeedbackDraft ReadFeedback(CardData data) => new(
        ReadRatings(data),
        data.Text(FeedbackField.Strengths) ?? string.Empty,
        data.Text(FeedbackField.Improvements) ?? string.Empty,
        Enumerable.Range(1, FeedbackDraft.MaxActionSteps).Select(n => data.Text(FeedbackField.ActionStep(n)) ?? string.Empty).ToList(),
        data.Choice<Readiness>(FeedbackField.Readiness));

    public static SelfAssessmentDraft ReadSelfAssessment(CardData data) =>
        new(ReadRatings(data), data.Text(FeedbackField.Reflection) ?? string.Empty);

    private static Dictionary<Competency, int?> ReadRatings(CardData data) =>
        Enum.GetValues<Competency>().ToDictionary(c => c, c => data.Number(CardInputs.Rating(c)));
}
