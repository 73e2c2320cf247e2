using TeamsMockBot.Application.Persistence;
using TeamsMockBot.Application.Privacy;
using TeamsMockBot.Calendar;

namespace TeamsMockBot.Storage;

/// <summary>
/// <see cref="IInviteStore"/>: <c>calendar/invites/{eventId}</c> holds the invite, <c>calendar/links/{token}</c>
/// points a link at it. The invite is created first and only if absent, so of two racing bookings one
/// wins and both get its token; the link is written after, and rewritten by a repeat, so a crash in
/// between is healed by the retry. As <see cref="IBookingInvites"/> it exports and deletes them for privacy.
/// </summary>
public sealed class StoredInvites(IDocumentStore store, StoreConflictRetry retry) : IInviteStore, IBookingInvites
{
    public async Task<CalendarInvite> CreateAsync(CalendarInvite invite, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invite);
        var stored = invite;
        try
        {
            await store.CreateAsync(DocumentKeys.CalendarInvite(invite.EventId), invite, cancellationToken).ConfigureAwait(false);
        }
        catch (DocumentConflictException)
        {
            stored = await FindAsync(invite.EventId, cancellationToken).ConfigureAwait(false)
                ?? throw new StorageUnavailableException(DocumentKeys.CalendarInvite(invite.EventId), "it was created and then disappeared");
        }

        await store.UpsertAsync(DocumentKeys.CalendarLink(stored.Token), new CalendarLinkDocument(stored.EventId), retry, cancellationToken).ConfigureAwait(false);
        return stored;
    }

    public async Task<CalendarInvite?> FindAsync(string eventId, CancellationToken cancellationToken) =>
        (await store.ReadAsync<CalendarInvite>(DocumentKeys.CalendarInvite(eventId), cancellationToken).ConfigureAwait(false))?.Value;

    public async Task<CalendarInvite?> FindByTokenAsync(string token, CancellationToken cancellationToken)
    {
        var link = await store.ReadAsync<CalendarLinkDocument>(DocumentKeys.CalendarLink(token), cancellationToken).ConfigureAwait(false);
        return link is null ? null : await FindAsync(link.Value.EventId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<CalendarInvite> UpdateAsync(string eventId, Func<CalendarInvite, CalendarInvite> change, CancellationToken cancellationToken) =>
        (await store.UpdateAsync(DocumentKeys.CalendarInvite(eventId), change, retry, cancellationToken).ConfigureAwait(false)).Value;

    async Task<BookingInvite?> IBookingInvites.FindAsync(string eventId, CancellationToken cancellationToken) =>
        await FindAsync(eventId, cancellationToken).ConfigureAwait(false) is { } i
            ? new BookingInvite(i.EventId, i.Start, i.End, i.TimeZoneId, i.Subject, i.Description, Person(i.Organizer), [.. i.Attendees.Select(Person)], i.Cancelled, i.CreatedAt)
            : null;

    /// <summary>The link first: should the invite's delete fail, a retry still finds the invite and its token.</summary>
    public async Task ForgetAsync(string eventId, CancellationToken cancellationToken)
    {
        if (await FindAsync(eventId, cancellationToken).ConfigureAwait(false) is not { } invite)
        {
            return;
        }

        await store.DeleteAsync(DocumentKeys.CalendarLink(invite.Token), etag: null, cancellationToken).ConfigureAwait(false);
        await store.DeleteAsync(DocumentKeys.CalendarInvite(eventId), etag: null, cancellationToken).ConfigureAwait(false);
    }

    private static BookingInvitePerson Person(InvitePerson person) => new(person.Address, person.Name);
}
