using TeamsMockBot.Domain.Scheduling;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Scheduling;

/// <summary>Finds the two people of a mock in the calendar; someone the calendar does not know is a clear refusal.</summary>
public static class CalendarPeople
{
    public static async Task<(CalendarPerson Organizer, CalendarPerson Attendee)> FindAsync(
        IMockCalendar calendar, MockPair pair, ChatTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(pair);
        ArgumentNullException.ThrowIfNull(turn);
        var organizer = await FindAsync(calendar, pair.Interviewer, turn, cancellationToken).ConfigureAwait(false);
        var attendee = await FindAsync(calendar, pair.Candidate, turn, cancellationToken).ConfigureAwait(false);
        return (organizer, attendee);
    }

    private static async Task<CalendarPerson> FindAsync(IMockCalendar calendar, Participant person, ChatTurn turn, CancellationToken cancellationToken)
    {
        var found = await calendar.FindPersonAsync(person.DirectoryId ?? person.Id, cancellationToken).ConfigureAwait(false)
            ?? throw new SchedulingRuleException(
                "I couldn't find one of you in your organisation's directory, so I can't book a calendar time. Both people need an account in this organisation; nothing was booked.");

        // The client's zone is known only for the person who clicked; the calendar's own (mailbox settings) wins where it has one.
        return found with
        {
            Name = found.Name.Length > 0 ? found.Name : person.Name,
            TimeZoneId = found.TimeZoneId ?? (person.Id == turn.Actor.Id ? turn.TimeZoneId : null),
        };
    }
}
