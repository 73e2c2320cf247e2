using TeamsMockBot.Domain.Scheduling;

namespace TeamsMockBot.Application.Scheduling;

/// <summary>A mock interview to put in the organizer's and the attendee's calendars, with a Teams meeting.</summary>
/// <param name="IdempotencyKey">Derived from the session id, so a retry, a double click or a second instance never makes a second event (Graph's <c>transactionId</c>).</param>
/// <param name="Body">Plain text for the invitation: the goal, what to prepare, the STAR reminder.</param>
/// <param name="TimeZoneId">The organizer's IANA time zone, in which the event is written.</param>
public sealed record MeetingBooking(
    string IdempotencyKey, CalendarPerson Organizer, IReadOnlyList<CalendarPerson> Attendees, string Subject, string Body, MeetingSlot Slot, string TimeZoneId);
