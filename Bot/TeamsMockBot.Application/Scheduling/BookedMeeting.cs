namespace TeamsMockBot.Application.Scheduling;

/// <summary>A booked meeting: the calendar's id for it, the link to join, and when it is.</summary>
public sealed record BookedMeeting(string MeetingId, Uri JoinUrl, MeetingSlot Slot);
