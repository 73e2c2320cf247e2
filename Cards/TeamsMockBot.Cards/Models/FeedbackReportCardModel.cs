using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;

namespace TeamsMockBot.Cards.Models;

/// <summary>
/// The student's feedback card: readiness, mentor vs self ratings per competency, strengths,
/// improvements and the action plan. <see cref="Mentor"/> is null in solo practice. Rows follow
/// <see cref="Rubric"/>'s competencies for <see cref="Track"/>.
/// </summary>
public sealed record FeedbackReportCardModel(
    string SessionId,
    string CandidateName,
    string? InterviewerName,
    Track Track,
    string Focus,
    DateTimeOffset HeldAt,
    int QuestionsAnswered,
    int QuestionsSkipped,
    FeedbackReport? Mentor,
    SelfAssessment? Self,
    Rubric Rubric)
{
    /// <summary>A peer mock: how the peer the candidate interviewed rated them as an interviewer, if they did.</summary>
    public PeerRatingOfYou? RatingOfYou { get; init; }
}
