using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using TeamsMockBot.Application.Privacy;
using TeamsMockBot.Application.Scheduling;
using TeamsMockBot.Domain.Scheduling;

namespace TeamsMockBot.Calendar;

/// <summary>
/// <see cref="IMockCalendar"/> with no calendar service (the embedded default, no Graph credential):
/// people are who Teams says they are, everyone is free in office hours in the time zone their Teams
/// client reported, and a booking is an RFC 5545 invite served at an unguessable link
/// (<c>/calendar/{token}.ics</c>) that "Add to calendar" opens. There is no Teams meeting: the mock
/// runs in the chat it was booked from, and the cards say so.
/// </summary>
public sealed class OfflineCalendar(IInviteStore invites, IOptions<PrivacyOptions> site, TimeProvider time) : IMockCalendar
{
    public const string LinkPath = "/calendar/";

    public bool BooksTeamsMeetings => false;

    /// <summary>Anyone Teams named: the directory id (or Teams id) is all there is; the caller fills in the name it knows.</summary>
    public Task<CalendarPerson?> FindPersonAsync(string directoryIdOrEmail, CancellationToken cancellationToken) =>
        Task.FromResult<CalendarPerson?>(string.IsNullOrWhiteSpace(directoryIdOrEmail)
            ? null
            : new CalendarPerson(directoryIdOrEmail, directoryIdOrEmail.Contains('@', StringComparison.Ordinal) ? directoryIdOrEmail : string.Empty, string.Empty));

    /// <summary>Office hours, no busy times; a person without a known zone shares the zone of whoever has one (the person asking).</summary>
    public Task<IReadOnlyList<PersonAvailability>> GetAvailabilityAsync(IReadOnlyList<CalendarPerson> people, MeetingSlot window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(people);
        var shared = people.Select(p => KnownZone(p.TimeZoneId)).FirstOrDefault(z => z is not null) ?? "UTC";
        IReadOnlyList<PersonAvailability> availability =
            [.. people.Select(p => { var zone = KnownZone(p.TimeZoneId) ?? shared; return new PersonAvailability(p.DirectoryId, zone, WorkingHours.OfficeHoursIn(zone), []); })];
        return Task.FromResult(availability);
    }

    public async Task<BookedMeeting> BookAsync(MeetingBooking booking, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(booking);
        var now = time.GetUtcNow();
        var invite = await invites.CreateAsync(new CalendarInvite(
            booking.IdempotencyKey,
            Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant(), // 128 random bits: the link is the only key to the file
            booking.Slot.Start,
            booking.Slot.End,
            KnownZone(booking.TimeZoneId) ?? "UTC",
            booking.Subject,
            booking.Body,
            Person(booking.Organizer),
            [.. booking.Attendees.Select(Person)],
            now) { ChangedAt = now }, cancellationToken).ConfigureAwait(false);
        return Meeting(invite, booking.Organizer.DirectoryId);
    }

    public async Task<BookedMeeting> RescheduleAsync(BookedMeeting meeting, MeetingSlot slot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(slot);
        var now = time.GetUtcNow();
        var invite = await invites.UpdateAsync(meeting.EventId, i => i.Cancelled ? throw new CalendarException("This mock was cancelled.", isTransient: false)
            : i.Start == slot.Start && i.End == slot.End ? i // a repeat of the same move
            : i with { Start = slot.Start, End = slot.End, Sequence = i.Sequence + 1, ChangedAt = now }, cancellationToken).ConfigureAwait(false);
        return Meeting(invite, meeting.OrganizerId);
    }

    public async Task CancelAsync(BookedMeeting meeting, string message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var now = time.GetUtcNow();
        // RFC 5546: a CANCEL carries a higher SEQUENCE than the request it cancels.
        await invites.UpdateAsync(meeting.EventId, i => i.Cancelled ? i : i with { Cancelled = true, Sequence = i.Sequence + 1, ChangedAt = now, Description = message + "\n\n" + i.Description }, cancellationToken).ConfigureAwait(false);
    }

    public Task<MeetingChatJoin> JoinMeetingChatAsync(BookedMeeting meeting, CancellationToken cancellationToken) => Task.FromResult(MeetingChatJoin.NoChat);

    /// <summary>The .ics for a link token, or null for a token that names no invite (or is not one of ours).</summary>
    public async Task<string?> FileAsync(string token, CancellationToken cancellationToken)
    {
        if (token.Length != 32 || !token.All(Uri.IsHexDigit))
        {
            return null;
        }

        var invite = await invites.FindByTokenAsync(token, cancellationToken).ConfigureAwait(false);
        return invite is null ? null : InviteFile.Write(invite, invite.ChangedAt);
    }

    private BookedMeeting Meeting(CalendarInvite invite, string organizerId) =>
        new(invite.EventId, organizerId, new MeetingSlot(invite.Start, invite.End))
        {
            CalendarLink = new Uri(site.Value.PublicBaseUrl, LinkPath + invite.Token + ".ics"),
            Sequence = invite.Sequence,
        };

    private static InvitePerson Person(CalendarPerson person) =>
        new(person.Email.Length > 0 ? "mailto:" + person.Email
            : Guid.TryParse(person.DirectoryId, out var id) ? "urn:uuid:" + id.ToString("D")
            : "urn:x-teams-user:" + Uri.EscapeDataString(person.DirectoryId),
            person.Name);

    private static string? KnownZone(string? timeZoneId) =>
        timeZoneId is { Length: > 0 and <= 64 } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId ? zone.Id : null;
}
