using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Feedback;

namespace TeamsMockBot.Application.Feedback;

/// <summary>
/// Reads the feedback and self-assessment forms' inputs into drafts, keeping everything typed.
/// <c>competencies</c> are what the session is rated on (<see cref="Rubric.ForTrack"/>). A rating
/// for a competency the session's rubric does not have is no form we sent: it is refused, not ignored.
/// </summary>
public static class FeedbackForms
{
    private static readonly string RatingPrefix = FeedbackInputs.Rating(string.Empty);

    public static FeedbackDraft ReadFeedback(CardData data, IReadOnlyList<RubricCompetency> competencies)
    {
        RefuseUnknownRatings(data, competencies);
        return new FeedbackDraft(
            ReadRatings(data, competencies),
            data.Text(FeedbackInputs.Strengths) ?? string.Empty,
            data.Text(FeedbackInputs.Improvements) ?? string.Empty,
            Enumerable.Range(1, FeedbackDraft.MaxActionSteps).Select(n => data.Text(FeedbackInputs.ActionStep(n)) ?? string.Empty).ToList(),
            data.Choice<Readiness>(FeedbackInputs.Readiness))
        {
            NotObserved = competencies
                .Where(c => string.Equals(data.Text(FeedbackInputs.Rating(c.Id)), FeedbackInputs.NotObserved, StringComparison.Ordinal))
                .Select(c => c.Id)
                .ToList(),
            ActionDue = Enumerable.Range(1, FeedbackDraft.MaxActionSteps).Select(n => data.Text(FeedbackInputs.ActionDue(n)) ?? string.Empty).ToList(),
            CoachingSeen = data.Text(FeedbackInputs.CoachingSeen) == "1",
        };
    }

    /// <summary>The self-assessment; in a peer mock the form also rates the interviewer (read whenever sent, required only there).</summary>
    public static SelfAssessmentDraft ReadSelfAssessment(CardData data, IReadOnlyList<RubricCompetency> competencies)
    {
        RefuseUnknownRatings(data, competencies);
        return new(ReadRatings(data, competencies), data.Text(FeedbackInputs.Reflection) ?? string.Empty)
        {
            InterviewerScore = data.Number(FeedbackInputs.InterviewerScore),
            InterviewerComment = data.Text(FeedbackInputs.InterviewerComment) ?? string.Empty,
        };
    }

    private static void RefuseUnknownRatings(CardData data, IReadOnlyList<RubricCompetency> competencies)
    {
        var unknown = data.Names
            .Where(n => n.StartsWith(RatingPrefix, StringComparison.Ordinal))
            .Select(n => n[RatingPrefix.Length..])
            .FirstOrDefault(id => !competencies.Any(c => string.Equals(c.Id, id, StringComparison.Ordinal)));
        if (unknown is not null)
        {
            throw new BadCardDataException($"This form rates '{Routing.RouteTable.Truncate(unknown)}', which is not on this session's rubric, so nothing was saved.");
        }
    }

    private static Dictionary<string, int?> ReadRatings(CardData data, IReadOnlyList<RubricCompetency> competencies) =>
        competencies.ToDictionary(c => c.Id, c => data.Number(FeedbackInputs.Rating(c.Id)));
}
