namespace TeamsMockBot.Domain.Scheduling;

/// <summary>One person's calendar over a window: their own time zone (IANA), working hours and busy times (UTC).</summary>
public sealed record PersonAvailability(string DirectoryId, string TimeZoneId, WorkingHours WorkingHours, IReadOnlyList<MeetingSlot> Busy);
