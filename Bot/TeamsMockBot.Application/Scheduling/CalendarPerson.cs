namespace TeamsMockBot.Application.Scheduling;

/// <summary>Someone a mock can be booked with: their directory (Entra ID) object id, mail address and name.</summary>
public sealed record CalendarPerson(string DirectoryId, string Email, string Name)
{
    /// <summary>
    /// The time zone the person's Teams client reported, when known (IANA). A calendar with mailbox
    /// settings has its own; the offline calendar assumes office hours in this zone.
    /// </summary>
    public string? TimeZoneId { get; init; }
}
