using TeamsMockBot.Domain.Analytics;
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

    /// <summary>The action plan with due dates and what is done (<c>MockSession.ActionSteps()</c>); empty: the mentor's plan as written, nothing done.</summary>
    public IReadOnlyList<ActionStep> Steps { get; init; } = [];

    /// <summary>The interviewer's quick tags per question, summarised on the card.</summary>
    public IReadOnlyList<TaggedQuestion> Tags { get; init; } = [];

    /// <summary>Null when no career-center staff are configured (<c>Privacy:StaffIds</c>): then there is no "Share" button.</summary>
    public ReportSharing? Sharing { get; init; }

    /// <summary>The copy a career advisor receives: the same report, without the student's buttons.</summary>
    public bool IsStaffCopy { get; init; }

    /// <summary>
    /// How the student spoke, from a meeting transcript or a .vtt they sent (the session's stored
    /// figures). Null shows nothing; set, the card shows a "How you spoke" section.
    /// </summary>
    public DeliveryAnalytics? Delivery { get; init; }

    /// <summary>
    /// The "Book the next mock" button (the schedule form pre-filled from this session). Null shows
    /// no button; set only with a verb that has a route (<c>Parts/Report/ReportActions</c>).
    /// </summary>
    public ReportAction? BookNextMock { get; init; }

    /// <summary>The steps to show: <see cref="Steps"/>, or the mentor's plan when no steps were given.</summary>
    public IReadOnlyList<ActionStep> PlanSteps =>
        Steps.Count > 0 || Mentor is null
            ? Steps
            : Mentor.ActionPlan.Select((text, index) => new ActionStep(index + 1, text, Mentor.DueOf(index), null)).ToList();
}
