using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Feedback;

namespace TeamsMockBot.Application.Feedback;

/// <summary>
/// Reads the feedback and self-assessment forms' inputs into drafts, keeping everything typed.
/// <c>competencies</c> are what the session is rated on (<see cref="Rubric.ForTrack"/>).
/// </summary>
public static class FeedbackForms
{
    public static FeedbackDraft ReadFeedback(CardData data, IReadOnlyList<RubricCompetency> competencies) => new(
        ReadRatings(data, competencies),
        data.Text(FeedbackInputs.Strengths) ?? string.Empty,
        data.Text(FeedbackInputs.Improvements) ?? string.Empty,
        Enumerable.Range(1, FeedbackDraft.MaxActionSteps).Select(n => data.Text(FeedbackInputs.ActionStep(n)) ?? string.Empty).ToList(),
        data.Choice<Readiness>(FeedbackInputs.Readiness));

    /// <summary>The self-assessment; in a peer mock the form also rates the interviewer (read whenever sent, required only there).</summary>
    public static SelfAssessmentDraft ReadSelfAssessment(CardData data, IReadOnlyList<RubricCompetency> competencies) =>
        new(ReadRatings(data, competencies), data.Text(FeedbackInputs.Reflection) ?? string.Empty)
        {
            InterviewerScore = data.Number(FeedbackInputs.InterviewerScore),
            InterviewerComment = data.Text(FeedbackInputs.InterviewerComment) ?? string.Empty,
        };

    private static Dictionary<string, int?> ReadRatings(CardData data, IReadOnlyList<RubricCompetency> competencies) =>
        competencies.ToDictionary(c => c.Id, c => data.Number(FeedbackInputs.Rating(c.Id)));
}
