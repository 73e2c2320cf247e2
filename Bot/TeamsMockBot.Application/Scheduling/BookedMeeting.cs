using TeamsMockBot.Domain.Scheduling;

namespace TeamsMockBot.Application.Scheduling;

/// <summary>
/// A booked mock in the calendar: the calendar's id for the event, the Teams join link and the
/// meeting chat's thread id (both null for an offline booking, which has no Teams meeting), and when.
/// </summary>
public sealed record BookedMeeting(string EventId, string OrganizerId, MeetingSlot Slot)
{
    public Uri? JoinUrl { get; init; }

    /// <summary>The meeting chat (<c>19:meeting_…@thread.v2</c>); its <c>meetingStart</c> finds the session through it.</summary>
    public string? ChatThreadId { get; init; }

    /// <summary>Where a person adds the event to their calendar or opens it: the offline .ics link, or the calendar's own web link.</summary>
    public Uri? CalendarLink { get; init; }

    /// <summary>The booking's version: 0 when booked, raised by each move (iCalendar SEQUENCE).</summary>
    public int Sequence { get; init; }
}
