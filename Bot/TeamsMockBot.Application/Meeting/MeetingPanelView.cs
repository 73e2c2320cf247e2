using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Meeting;

/// <summary>
/// What the meeting side panel shows of a session: the same things everyone in the chat sees on the
/// shared card, and nothing more. Built from the session's public facts only (never from hints,
/// follow-ups or notes), so interviewer material cannot reach it by accident.
/// </summary>
/// <param name="Stage">The <see cref="SessionStage"/> name, e.g. <c>Interviewing</c>.</param>
/// <param name="Interviewer">The interviewer's name; null in solo practice, where the bot asks.</param>
/// <param name="QuestionNumber">1-based number of the current question; 0 before the start.</param>
/// <param name="QuestionText">The question being asked; only while interviewing.</param>
/// <param name="TimeAllowedSeconds">The current question's time including extra minutes; only while interviewing.</param>
/// <param name="RemainingSeconds">Time left at <paramref name="ServerTime"/>; what a paused clock shows.</param>
/// <param name="EndsAt">When the running clock reaches zero; null while paused, so the page never counts down a stopped clock.</param>
/// <param name="ServerTime">The server's clock when this was made; the page counts from it, not from its own clock, which may be off.</param>
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
    DateTimeOffset ServerTime)
{
    public static MeetingPanelView Of(MockSession session, QuestionBank bank, DateTimeOffset now)
    {
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
            now);
    }
}
