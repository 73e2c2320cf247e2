namespace TeamsMockBot.Application.Meeting;

/// <summary>What the meeting platform reports about a meeting chat's meeting.</summary>
public enum MeetingEventKind
{
    Started,
    Ended,
    ParticipantsJoined,
    ParticipantsLeft,
}
