using TeamsMockBot.Calendar;

namespace TeamsMockBot.Tests.Scheduling;

/// <summary>
/// The .ics file holds names and a subject people typed (display names, the focus): whatever they
/// contain, the file parses back to one event with one organizer and one attendee and the same text —
/// no line of it can add a property, an attendee or a second event.
/// </summary>
public sealed class InviteFileHostileTextTests
{
    private const string Hostile = "Eve \"Q\"; ROLE=CHAIR: x,y\r\nATTENDEE:mailto:evil@evil.example\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:owned";

    [Fact]
    public void Write_HostileNamesAndSubject_ParsesBackToTheSameSingleEvent()
    {
        var start = new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);
        var invite = new CalendarInvite(
            "ses-1", "00112233445566778899aabbccddeeff", start, start.AddHours(1), "Europe/Berlin",
            "Mock interview: " + Hostile, "Prepare: " + Hostile,
            new InvitePerson("urn:uuid:6f1c2a4e-0d0b-4d7e-9a53-3f2b8c1d9e10", Hostile),
            [new InvitePerson("mailto:leo@example.com", Hostile)],
            start);

        var body = InviteFile.Write(invite, start);
        var calendar = Ical.Net.Calendar.Load(body)!;

        var meeting = Assert.Single(calendar.Events);
        // TEXT values keep every character; RFC 5545 has one line break (\n), so CRLF reads back as LF.
        Assert.Equal("Mock interview: " + Hostile.Replace("\r\n", "\n", StringComparison.Ordinal), meeting.Summary);
        Assert.Equal("Prepare: " + Hostile.Replace("\r\n", "\n", StringComparison.Ordinal), meeting.Description);
        var organizer = Assert.Single(meeting.Properties, p => p.Name == "ORGANIZER");
        var attendee = Assert.Single(meeting.Properties, p => p.Name == "ATTENDEE");
        Assert.Equal(new Uri("mailto:leo@example.com"), Assert.IsType<Ical.Net.DataTypes.Attendee>(attendee.Value).Value);
        var lines = body.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n");
        Assert.EndsWith(":urn:uuid:6f1c2a4e-0d0b-4d7e-9a53-3f2b8c1d9e10", Assert.Single(lines, l => l.StartsWith("ORGANIZER", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(2, lines.Count(l => l.StartsWith("ATTENDEE", StringComparison.Ordinal) || l.StartsWith("ORGANIZER", StringComparison.Ordinal)));
        Assert.Equal("REQ-PARTICIPANT", attendee.Parameters.Get("ROLE"));
        Assert.Equal("Eve 'Q'; ROLE=CHAIR: x,y  ATTENDEE:mailto:evil@evil.example  END:VEVENT  BEGIN:VEVENT  SUMMARY:owned", attendee.Parameters.Get("CN"));
        Assert.Equal(attendee.Parameters.Get("CN"), organizer.Parameters.Get("CN"));
    }
}
