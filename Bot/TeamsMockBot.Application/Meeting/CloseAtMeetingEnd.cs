using Microsoft.Extensions.Logging;
using TeamsMockBot.Application.Sessions;

namespace TeamsMockBot.Application.Meeting;

/// <summary>
/// <c>meetingEnd</c>: a running interview ends and its feedback step starts exactly as "End
/// interview" then "Open feedback" do (<see cref="CloseInterview"/>), and whoever is still in the
/// meeting is recorded as leaving then. A session that is not running is left as it is.
/// </summary>
public sealed partial class CloseAtMeetingEnd(MeetingSessions meetingSessions, ISessionStore sessions, CloseInterview close, ILogger<CloseAtMeetingEnd> logger)
{
    public async Task<CardResult?> HandleAsync(ChatTurn turn, MeetingEvent meeting, CancellationToken cancellationToken)
    {
        if (await meetingSessions.FindAsync(turn.ChatId, cancellationToken).ConfigureAwait(false) is not { } session)
        {
            LogUnknownMeeting(logger, meeting.MeetingId, turn.ChatId);
            return null;
        }

        if (session.Attendance.Any(a => a.IsInMeeting))
        {
            await sessions.UpdateAsync(session.Id, s => s.CloseAttendance(meeting.At), cancellationToken).ConfigureAwait(false);
        }

        await close.CloseAsync(session.Id, "meeting ended", cancellationToken).ConfigureAwait(false);
        return null; // the forms and the card's new content go out through durable delivery
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Meeting {MeetingId} ended in chat {ChatId}, which has no session; nothing to close")]
    private static partial void LogUnknownMeeting(ILogger logger, string meetingId, string chatId);
}
