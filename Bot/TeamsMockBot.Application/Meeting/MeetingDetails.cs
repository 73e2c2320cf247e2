using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Meeting;

/// <summary>What the meeting platform says about a chat's meeting. <see cref="Organizer"/> is the default interviewer.</summary>
public sealed record MeetingDetails(string MeetingId, Participant? Organizer, string? Title);
