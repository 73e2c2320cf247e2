namespace TeamsMockBot.Calendar;

/// <summary>Where the offline calendar keeps its invites (<c>Storage/StoredInvites</c>): by event, and by the link's token.</summary>
public interface IInviteStore
{
    /// <summary>Stores a new invite; when one with its event id exists already (a retried booking), returns that one instead.</summary>
    Task<CalendarInvite> CreateAsync(CalendarInvite invite, CancellationToken cancellationToken);

    Task<CalendarInvite?> FindAsync(string eventId, CancellationToken cancellationToken);

    Task<CalendarInvite?> FindByTokenAsync(string token, CancellationToken cancellationToken);

    /// <summary>Re-reads and re-applies <paramref name="change"/> on a conflict; the invite must exist.</summary>
    Task<CalendarInvite> UpdateAsync(string eventId, Func<CalendarInvite, CalendarInvite> change, CancellationToken cancellationToken);
}
