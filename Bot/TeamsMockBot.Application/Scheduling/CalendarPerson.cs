namespace TeamsMockBot.Application.Scheduling;

/// <summary>Someone a mock can be booked with: their directory (Entra ID) object id, mail address and name.</summary>
public sealed record CalendarPerson(string DirectoryId, string Email, string Name);
