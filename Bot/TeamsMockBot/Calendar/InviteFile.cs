using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace TeamsMockBot.Calendar;

/// <summary>
/// An invite as an RFC 5545 file, built with Ical.Net: METHOD:REQUEST (METHOD:CANCEL with
/// STATUS:CANCELLED once cancelled), a VTIMEZONE for the organizer's zone with the times written in
/// it, UID = the session id, SEQUENCE, ORGANIZER and ATTENDEE. Calendar apps treat a later file with
/// the same UID and a higher SEQUENCE as an update of the same event.
/// </summary>
public static class InviteFile
{
    public const string ContentType = "text/calendar";

    public static string Write(CalendarInvite invite, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(invite);
        var calendar = new Ical.Net.Calendar
        {
            ProductId = "-//TeamsMockBot//Mock interviews//EN",
            Method = invite.Cancelled ? "CANCEL" : "REQUEST",
        };
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(invite.TimeZoneId, invite.Start.UtcDateTime.AddYears(-1), includeHistoricalData: false));
        var zone = TimeZoneInfo.FindSystemTimeZoneById(invite.TimeZoneId);
        var start = TimeZoneInfo.ConvertTime(invite.Start, zone).DateTime;
        var end = TimeZoneInfo.ConvertTime(invite.End, zone).DateTime;
        var meeting = new CalendarEvent
        {
            Uid = invite.EventId,
            Sequence = invite.Sequence,
            Summary = invite.Subject,
            Description = invite.Description,
            DtStamp = new CalDateTime(stamp.UtcDateTime, CalDateTime.UtcTzId),
            DtStart = new CalDateTime(start, invite.TimeZoneId),
            DtEnd = new CalDateTime(end, invite.TimeZoneId),
            Status = invite.Cancelled ? "CANCELLED" : "CONFIRMED",
            // Organizer(string) parses the text as a whole property and leaves the address empty: set the URI itself.
            Organizer = new Organizer { Value = new Uri(invite.Organizer.Address), CommonName = ParameterText(invite.Organizer.Name) },
        };
        foreach (var person in invite.Attendees)
        {
            meeting.Attendees.Add(new Attendee(new Uri(person.Address)) { CommonName = ParameterText(person.Name), Role = "REQ-PARTICIPANT", ParticipationStatus = "NEEDS-ACTION", Rsvp = true });
        }

        calendar.Events.Add(meeting);
        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    /// <summary>
    /// A name as a parameter value (CN): Ical.Net escapes TEXT values (SUMMARY, DESCRIPTION) but writes
    /// parameter values as given, so a line break in a display name would start a new line of the
    /// file (an extra ATTENDEE, a second event). RFC 5545 allows neither control characters nor
    /// DQUOTE in a parameter value: they become a space and an apostrophe.
    /// </summary>
    private static string ParameterText(string name) =>
        string.Concat(name.Select(c => char.IsControl(c) ? ' ' : c == '"' ? '\'' : c));
}
