using TeamsMockBot.Domain.Scheduling;

namespace TeamsMockBot.Application.Scheduling;

/// <summary>
/// People's calendars, in the product's words: who someone is, when they are free, and booking,
/// moving and cancelling a mock in both calendars. <c>Graph/</c> implements it with Microsoft Graph
/// when a credential is configured; otherwise the offline calendar does, with an .ics invite.
/// Failures are <see cref="CalendarException"/>s whose message a card can show.
/// </summary>
public interface IMockCalendar
{
    /// <summary>True when bookings are real calendar events with a Teams meeting; false for the offline .ics mode.</summary>
    bool BooksTeamsMeetings { get; }

    /// <summary>The person with this directory object id or mail address in the bot's tenant; null when unknown or external.</summary>
    Task<CalendarPerson?> FindPersonAsync(string directoryIdOrEmail, CancellationToken cancellationToken);

    /// <summary>Each person's time zone, working hours and busy times inside <paramref name="window"/>; a person with no mailbox is a <see cref="CalendarException"/>.</summary>
    Task<IReadOnlyList<PersonAvailability>> GetAvailabilityAsync(IReadOnlyList<CalendarPerson> people, MeetingSlot window, CancellationToken cancellationToken);

    /// <summary>Books the mock; booking again with the same <see cref="MeetingBooking.IdempotencyKey"/> returns the first booking.</summary>
    Task<BookedMeeting> BookAsync(MeetingBooking booking, CancellationToken cancellationToken);

    /// <summary>Moves the same event (both people get the update from their calendar too).</summary>
    Task<BookedMeeting> RescheduleAsync(BookedMeeting meeting, MeetingSlot slot, CancellationToken cancellationToken);

    /// <summary>Cancels the event with a message to the attendees; cancelling twice is not an error.</summary>
    Task CancelAsync(BookedMeeting meeting, string message, CancellationToken cancellationToken);

    /// <summary>Installs the bot in the meeting's chat (idempotent).</summary>
    Task<MeetingChatJoin> JoinMeetingChatAsync(BookedMeeting meeting, CancellationToken cancellationToken);
}
