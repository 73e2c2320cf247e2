using TeamsMockBot.Application.Scheduling;
using TeamsMockBot.Domain.Scheduling;

namespace TeamsMockBot.Tests.Scheduling;

/// <summary>
/// A calendar that books Teams meetings, for what the offline calendar cannot show (a join link, a
/// meeting chat, an app that may not be installed there, a calendar that fails). Not a Graph fake: the
/// graph lane tests Graph itself against its contract.
/// </summary>
public sealed class TeamsMeetingCalendar(string chatThreadId) : IMockCalendar
{
    public int BookCalls { get; private set; }

    /// <summary>Events made, by idempotency key: a second booking with a key already used returns the first.</summary>
    public Dictionary<string, BookedMeeting> Events { get; } = [];

    /// <summary>Refuse the next booking as a transient failure (the calendar service is down).</summary>
    public bool FailNextBooking { get; set; }

    /// <summary>What joining the meeting chat answers: by default the app may not be added there.</summary>
    public MeetingChatJoin Join { get; set; } = MeetingChatJoin.NotPermitted;

    public bool BooksTeamsMeetings => true;

    public Task<CalendarPerson?> FindPersonAsync(string directoryIdOrEmail, CancellationToken cancellationToken) =>
        Task.FromResult<CalendarPerson?>(new CalendarPerson(directoryIdOrEmail, directoryIdOrEmail + "@contoso.example", string.Empty));

    public Task<IReadOnlyList<PersonAvailability>> GetAvailabilityAsync(IReadOnlyList<CalendarPerson> people, MeetingSlot window, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PersonAvailability>>([.. people.Select(p => new PersonAvailability(p.DirectoryId, "Europe/London", WorkingHours.OfficeHoursIn("Europe/London"), []))]);

    public Task<BookedMeeting> BookAsync(MeetingBooking booking, CancellationToken cancellationToken)
    {
        BookCalls++;
        if (FailNextBooking)
        {
            FailNextBooking = false;
            throw new CalendarException("The calendar service didn't answer.", isTransient: true);
        }

        if (!Events.TryGetValue(booking.IdempotencyKey, out var meeting))
        {
            meeting = new BookedMeeting("event-" + Events.Count, booking.Organizer.DirectoryId, booking.Slot)
            {
                JoinUrl = new Uri("https://teams.microsoft.com/l/meetup-join/19%3ameeting_mock-interview%40thread.v2/0"),
                ChatThreadId = chatThreadId,
            };
            Events[booking.IdempotencyKey] = meeting;
        }

        return Task.FromResult(meeting);
    }

    public Task<BookedMeeting> RescheduleAsync(BookedMeeting meeting, MeetingSlot slot, CancellationToken cancellationToken) =>
        Task.FromResult(meeting with { Slot = slot, Sequence = meeting.Sequence + 1 });

    public Task CancelAsync(BookedMeeting meeting, string message, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<MeetingChatJoin> JoinMeetingChatAsync(BookedMeeting meeting, CancellationToken cancellationToken) => Task.FromResult(Join);
}
