namespace TeamsMockBot.Application.Scheduling;

/// <summary>Find <paramref name="Length"/> free for the organizer and every attendee between <paramref name="From"/> and <paramref name="To"/>.</summary>
/// <param name="OrganizerId">The organizer's directory (Entra ID) object id.</param>
/// <param name="AttendeeIds">Directory object ids of the other people.</param>
public sealed record SlotRequest(string OrganizerId, IReadOnlyList<string> AttendeeIds, TimeSpan Length, DateTimeOffset From, DateTimeOffset To);
