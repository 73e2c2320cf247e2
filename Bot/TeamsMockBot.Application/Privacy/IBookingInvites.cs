namespace TeamsMockBot.Application.Privacy;

/// <summary>
/// The invites the bot keeps itself for mocks booked without a calendar service (the offline .ics
/// mode): each names both people, their calendar addresses and a subject with both names, so they are
/// exported with the person's data and deleted with the session. Graph bookings live in people's own
/// calendars and are not stored here.
/// </summary>
public interface IBookingInvites
{
    /// <summary>The invite for a booked session's event; null when there is none (a Graph booking, or already deleted).</summary>
    Task<BookingInvite?> FindAsync(string eventId, CancellationToken cancellationToken);

    /// <summary>Deletes the invite and the link that serves it; deleting one that is gone is not an error.</summary>
    Task ForgetAsync(string eventId, CancellationToken cancellationToken);
}

/// <summary>A stored invite as the export shows it: what the .ics link serves to both people.</summary>
public sealed record BookingInvite(
    string EventId,
    DateTimeOffset Start,
    DateTimeOffset End,
    string TimeZoneId,
    string Subject,
    string Description,
    BookingInvitePerson Organizer,
    IReadOnlyList<BookingInvitePerson> Attendees,
    bool Cancelled,
    DateTimeOffset CreatedAt);

/// <summary>Someone on an invite: their calendar address and name.</summary>
public sealed record BookingInvitePerson(string Address, string Name);
