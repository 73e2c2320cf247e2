namespace TeamsMockBot.Calendar;

/// <summary>
/// One offline booking as the .ics link serves it: the event (UID = the session id), its sequence
/// (raised by each move) and whether it was cancelled, the unguessable link token, and the people.
/// </summary>
public sealed record CalendarInvite(
    string EventId,
    string Token,
    DateTimeOffset Start,
    DateTimeOffset End,
    string TimeZoneId,
    string Subject,
    string Description,
    InvitePerson Organizer,
    IReadOnlyList<InvitePerson> Attendees,
    DateTimeOffset CreatedAt)
{
    public int Sequence { get; init; }
    public bool Cancelled { get; init; }
    public DateTimeOffset ChangedAt { get; init; }
}

/// <summary>Someone on an invite: their calendar address (a <c>mailto:</c> or <c>urn:uuid:</c> URI) and name.</summary>
public sealed record InvitePerson(string Address, string Name);
