using Microsoft.Extensions.Logging;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Meeting;

/// <summary>
/// Participant join / leave: the session's interviewer and candidate are recorded as attending
/// (who, when, for how long), for the no-show policy and reports. Anyone else in the meeting, and
/// meetings whose chat has no session, are not recorded. Teams may send a report twice; the
/// session's attendance ignores a repeat.
/// </summary>
public sealed partial class RecordAttendance(MeetingSessions meetingSessions, ISessionStore sessions, IMeetingDirectory meetings, ILogger<RecordAttendance> logger)
{
    public async Task<CardResult?> HandleAsync(ChatTurn turn, MeetingEvent meeting, CancellationToken cancellationToken)
    {
        if (await meetingSessions.FindAsync(turn.ChatId, cancellationToken).ConfigureAwait(false) is not { } session)
        {
            LogUnknownMeeting(logger, meeting.Kind.ToString(), meeting.MeetingId, turn.ChatId);
            return null;
        }

        var people = new List<MeetingMember>();
        foreach (var member in meeting.Members)
        {
            if (!session.IsParticipant(member.Person.Id))
            {
                LogStranger(logger, meeting.Kind.ToString(), session.Id);
                continue;
            }

            if (meeting.Kind == MeetingEventKind.ParticipantsJoined && ReferenceEquals(session.RecordJoin(member.Person, member.Role, meeting.At), session))
            {
                continue; // a repeat (or a late copy) of a join already recorded: not worth a call to Teams
            }

            people.Add(meeting.Kind == MeetingEventKind.ParticipantsJoined && member.Role == MeetingRole.Unknown
                ? member with { Role = await RoleOfAsync(turn, member.Person.Id, cancellationToken).ConfigureAwait(false) }
                : member);
        }

        if (people.Count > 0)
        {
            await sessions.UpdateAsync(session.Id, s => people.Aggregate(s, (current, m) => meeting.Kind == MeetingEventKind.ParticipantsJoined
                ? current.RecordJoin(m.Person, m.Role, meeting.At)
                : current.RecordLeave(m.Person.Id, meeting.At)), cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    /// <summary>The role from the meeting API when the event gave none; unknown is fine (it only labels the record).</summary>
    private async Task<MeetingRole> RoleOfAsync(ChatTurn turn, string personId, CancellationToken cancellationToken)
    {
        try
        {
            return turn.Chat is { } chat ? await meetings.RoleOfAsync(chat, personId, cancellationToken).ConfigureAwait(false) : MeetingRole.Unknown;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogRoleUnknown(logger, e, turn.ChatId);
            return MeetingRole.Unknown;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Meeting {MeetingId} ({Event}) in chat {ChatId}, which has no session; not recorded")]
    private static partial void LogUnknownMeeting(ILogger logger, string @event, string meetingId, string chatId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId}: {Event} of someone who is neither its interviewer nor its candidate; not recorded")]
    private static partial void LogStranger(ILogger logger, string @event, string sessionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read a participant's meeting role in chat {ChatId}; recorded as unknown")]
    private static partial void LogRoleUnknown(ILogger logger, Exception exception, string chatId);
}
