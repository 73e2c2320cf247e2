using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Domain.Timing;

namespace TeamsMockBot.Cards.Models;

/// <summary>
/// The interview card in every stage of a session. Question fields are null before the start and
/// after the questions end. <see cref="EndsAt"/> is null while paused (the card then shows
/// <see cref="Remaining"/>). <see cref="RefreshUserIds"/> (the interviewer) is set on the
/// <see cref="InterviewViewer.Everyone"/> view so Teams fetches the interviewer's own view.
/// <see cref="FeedbackIn"/> and <see cref="SelfAssessmentIn"/> show who has submitted once feedback is open.
/// </summary>
public sealed record InterviewCardModel(
    string SessionId,
    InterviewViewer Viewer,
    SessionStage Stage,
    string InterviewerName,
    string CandidateName,
    Track Track,
    string Focus,
    InterviewFormat Format,
    int QuestionNumber,
    int QuestionCount,
    string? QuestionText,
    TimeSpan? TimeAllowed,
    DateTimeOffset? EndsAt,
    TimeSpan? Remaining,
    bool IsPaused,
    TimerMilestone Milestone,
    TimeSpan CandidateQuestionsTime,
    bool FeedbackIn,
    bool SelfAssessmentIn,
    IReadOnlyList<string> RefreshUserIds,
    InterviewerMaterial? Private)
{
    /// <summary>Adds "Live panel" while the interview runs: it answers the clicker alone with their own link to the side panel.</summary>
    public bool OffersLivePanel { get; init; }

    /// <summary>In a peer mock, which half this session is (1 or 2); 0 otherwise.</summary>
    public int PeerHalf { get; init; }

    /// <summary>In a peer mock after the swap: when the double-blind feedback goes out at the latest.</summary>
    public DateTimeOffset? FeedbackReleaseAt { get; init; }
}
