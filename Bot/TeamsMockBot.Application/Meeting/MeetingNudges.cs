using Microsoft.Extensions.Logging;
using TeamsMockBot.Application.Conversations;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Domain.Timing;

namespace TeamsMockBot.Application.Meeting;

/// <summary>
/// The candidate's in-meeting nudges: "1 minute left" on a question, and, when the questions are
/// over, their own questions for the interviewer. Shown only in a meeting chat's meeting and only
/// to the candidate. A nudge is a courtesy on top of the shared card, which says the same thing:
/// it is tried once, briefly, and a failure is logged and never fails or holds up the caller.
/// </summary>
public sealed partial class MeetingNudges(IConversationDirectory conversations, IMeetingDirectory meetings, TimeProvider time, ILogger<MeetingNudges> logger)
{
    /// <summary>The longest a nudge may hold up a click or the timer sweep.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    /// <summary>After a timer milestone was recorded on <paramref name="session"/>.</summary>
    public Task MilestoneReachedAsync(MockSession session, TimerMilestone milestone, CancellationToken cancellationToken) =>
        milestone == TimerMilestone.OneMinuteLeft ? NudgeCandidateAsync(session, MeetingNudge.OneMinuteLeft, cancellationToken) : Task.CompletedTask;

    /// <summary>After a change that may have ended the questions; nudges only when it did.</summary>
    public Task QuestionsOverAsync(MockSession session, CancellationToken cancellationToken) =>
        session.Stage == SessionStage.CandidateQuestions ? NudgeCandidateAsync(session, MeetingNudge.YourQuestions, cancellationToken) : Task.CompletedTask;

    private async Task NudgeCandidateAsync(MockSession session, MeetingNudge nudge, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            if (await conversations.FindSessionCardAsync(session.Id, linked.Token).ConfigureAwait(false) is not { } card)
            {
                return; // never shown in a chat, so in no meeting
            }

            var outcome = await meetings.NudgeAsync(card.Chat, session.Candidate.Id, nudge, linked.Token).ConfigureAwait(false);
            LogNudge(logger, session.Id, nudge.ToString(), outcome.ToString());
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogTimedOut(logger, session.Id, nudge.ToString(), (int)Timeout.TotalSeconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e, session.Id, nudge.ToString());
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId}: nudge {Nudge} {Outcome}")]
    private static partial void LogNudge(ILogger logger, string sessionId, string nudge, string outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {SessionId}: nudge {Nudge} not shown within {Seconds} s; the card carries it")]
    private static partial void LogTimedOut(ILogger logger, string sessionId, string nudge, int seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {SessionId}: nudge {Nudge} failed; the card carries it")]
    private static partial void LogFailed(ILogger logger, Exception exception, string sessionId, string nudge);
}
