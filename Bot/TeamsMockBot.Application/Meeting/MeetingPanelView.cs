using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Meeting;

/// <summary>
/// What a meeting page shows of a session. The public part is what everyone in the chat sees on the
/// shared card, built from the session's public facts only; <see cref="Interviewer"/>'s hints and
/// notes are in <see cref="Private"/>, which is given only to a caller proven to be the interviewer
/// and never to the stage, which everyone in the meeting sees.
/// </summary>
/// <param name="Stage">The <see cref="SessionStage"/> name, e.g. <c>Interviewing</c>.</param>
/// <param name="Interviewer">The interviewer's name; null in solo practice, where the bot asks.</param>
/// <param name="QuestionNumber">1-based number of the current question; 0 before the start.</param>
/// <param name="QuestionText">The question being asked; only while interviewing.</param>
/// <param name="TimeAllowedSeconds">The current question's time including extra minutes; only while interviewing.</param>
/// <param name="RemainingSeconds">Time left at <paramref name="ServerTime"/>; what a paused clock shows.</param>
/// <param name="EndsAt">When the running clock reaches zero; null while paused, so the page never counts down a stopped clock.</param>
/// <param name="ServerTime">The server's clock when this was made; the page counts from it, not from its own clock, which may be off.</param>
/// <param name="Role">Whose view this is: <c>Interviewer</c> or <c>Candidate</c>.</param>
/// <param name="Private">The interviewer's material; null for the candidate and on the stage.</param>
public sealed record MeetingPanelView(
    string Stage,
    string? Interviewer,
    int QuestionNumber,
    int QuestionCount,
    string? QuestionText,
    int? TimeAllowedSeconds,
    double? RemainingSeconds,
    DateTimeOffset? EndsAt,
    bool Paused,
    bool TimeUp,
    DateTimeOffset ServerTime,
    PanelRole Role = PanelRole.Candidate,
    PanelInterviewerView? Private = null)
{
    public static MeetingPanelView Of(MockSession session, QuestionBank bank, DateTimeOffset now, PanelRole role = PanelRole.Candidate, PanelInterviewerView? interviewerView = null)
    {
        if (role != PanelRole.Interviewer && interviewerView is not null)
        {
            throw new ArgumentException("Only the interviewer's view may carry the interviewer's material.", nameof(interviewerView));
        }

        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(bank);
        var asking = session.Stage == SessionStage.Interviewing ? session.Current : null;
        var timer = asking?.Timer;
        return new MeetingPanelView(
            session.Stage.ToString(),
            session.IsSolo ? null : session.Interviewer.Name,
            session.CurrentNumber,
            session.Questions.Count,
            asking is null ? null : bank.Get(asking.QuestionId).Text,
            timer is null ? null : (int)timer.Total.TotalSeconds,
            timer is null ? null : Math.Round(timer.Remaining(now).TotalSeconds, 3),
            timer?.EndsAt(now),
            timer?.IsPaused ?? false,
            timer is { HasStarted: true } && timer.Remaining(now) == TimeSpan.Zero,
            now,
            role,
            interviewerView);
    }
}
