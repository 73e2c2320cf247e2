namespace TeamsMockBot.Application.Scheduling;

/// <summary>A mock interview to put in the organizer's and attendees' calendars, with an online meeting.</summary>
/// <param name="IdempotencyKey">Stable per request, so a retry never sends a second invitation.</param>
public sealed record MeetingBooking(string IdempotencyKey, string OrganizerId, IReadOnlyList<string> AttendeeIds, string Subject, MeetingSlot Slot);
