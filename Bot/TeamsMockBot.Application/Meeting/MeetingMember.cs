using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Meeting;

/// <summary>A person a participant event names, with the meeting role it reports (<see cref="MeetingRole.Unknown"/> when it reports none).</summary>
public sealed record MeetingMember(Participant Person, MeetingRole Role);
