using Microsoft.Extensions.Logging;
using TeamsMockBot.Application.Conversations;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Meeting;

/// <summary>
/// <c>meetingStart</c>: the meeting chat gets the session's ready card (interviewer, candidate,
/// plan, Start), which becomes the session's shared card; a meeting without a session to run gets
/// the setup card with the organizer as the interviewer. Start stays on the card, because Teams
/// does not always send this event.
/// </summary>
public sealed partial class ShowSessionAtMeetingStart(
    MeetingSessions meetingSessions, ISessionStore sessions, IConversationDirectory conversations, IMeetingDirectory meetings, SessionViews views,
    ILogger<ShowSessionAtMeetingStart> logger)
{
    /// <returns>The card to post into the meeting chat, or null when there is nothing to post.</returns>
    public async Task<CardResult?> HandleAsync(ChatTurn turn, MeetingEvent meeting, CancellationToken cancellationToken)
    {
        var session = await meetingSessions.FindAsync(turn.ChatId, cancellationToken).ConfigureAwait(false);
        switch (session?.Stage)
        {
            case SessionStage.Ready:
                return ReadyCard(turn, session, meeting);
            case SessionStage.Interviewing or SessionStage.CandidateQuestions:
                LogAlreadyRunning(logger, session.Id, meeting.MeetingId);
                return null; // its card is in the chat already and moving
            default:
                // None yet, or the last one is over: offer the next one.
                return new CardResult(ShowSetup.Handle(turn with { Actor = await InterviewerAsync(turn, cancellationToken).ConfigureAwait(false) }));
        }
    }

    private CardResult? ReadyCard(ChatTurn turn, MockSession session, MeetingEvent meeting)
    {
        if (session.MeetingStartedAt == meeting.At)
        {
            LogRepeatedStart(logger, session.Id, meeting.MeetingId);
            return null; // Teams sent the same start again: the card is posted already
        }

        // Recorded only once Teams took the card, so a start whose post failed is posted when Teams sends it again.
        return new CardResult(views.Shared(session)) { AfterPostedAsync = (messageId, ct) => PostedAsync(turn, session.Id, meeting, messageId, ct) };
    }

    /// <summary>The posted card becomes the session's shared card, so timer updates land where people look; then the start counts as announced.</summary>
    private async Task PostedAsync(ChatTurn turn, string sessionId, MeetingEvent meeting, string messageId, CancellationToken cancellationToken)
    {
        if (turn.Chat is { } chat)
        {
            await conversations.RememberSessionCardAsync(sessionId, new SessionCardLocation(chat, messageId), cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await sessions.UpdateAsync(sessionId, s => s.RecordMeetingStart(meeting.At), cancellationToken).ConfigureAwait(false);
        }
        catch (StaleActionException)
        {
            LogRepeatedStart(logger, sessionId, meeting.MeetingId); // another instance handled the same start at the same moment
        }
    }

    /// <summary>The meeting's organizer, as the chat's roster names them; the person the event came from when Teams does not say.</summary>
    private async Task<Participant> InterviewerAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        Participant? organizer = null;
        try
        {
            organizer = turn.Chat is { } chat ? (await meetings.FindMeetingAsync(chat, cancellationToken).ConfigureAwait(false))?.Organizer : null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogOrganizerUnknown(logger, e, turn.ChatId);
        }

        return organizer is null ? turn.Actor : turn.Members.FirstOrDefault(m => m.Id == organizer.Id) ?? organizer;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Meeting {MeetingId} started while session {SessionId} runs; nothing posted")]
    private static partial void LogAlreadyRunning(ILogger logger, string sessionId, string meetingId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Meeting {MeetingId} start for session {SessionId} arrived again; nothing posted")]
    private static partial void LogRepeatedStart(ILogger logger, string sessionId, string meetingId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the organizer of the meeting of chat {ChatId}; the setup card names the event's sender")]
    private static partial void LogOrganizerUnknown(ILogger logger, Exception exception, string chatId);
}
