using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Domain.Tests.Sessions;

/// <summary>The session's attendance (<c>MockSession.Attendance.cs</c>): joins and leaves add up, and a repeated report changes nothing.</summary>
public sealed class AttendanceTests
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly Participant Mentor = new("29:1mentor", "Maya Mentor");
    private static readonly Participant Student = new("29:1student", "Sam Student");

    private static readonly Question[] OneQuestion =
    [
        new("q-1", Track.Behavioral, "Question one?", TimeSpan.FromMinutes(4), "A STAR story.", ["More?"], ["Structure"], ["conflict"]),
    ];

    private static MockSession Planned() =>
        MockSession.Plan("s1", T0, Mentor, Student, new SessionSetup(Track.Behavioral, "conflict", InterviewFormat.MentorLed, 60, 1), OneQuestion);

    [Fact]
    public void RecordJoin_ThenLeave_RecordsOneInterval()
    {
        var session = Planned().RecordJoin(Student, MeetingRole.Attendee, T0).RecordLeave(Student.Id, T0.AddMinutes(12));

        var attendance = Assert.Single(session.Attendance);
        Assert.Equal(Student.Id, attendance.PersonId);
        Assert.Equal(MeetingRole.Attendee, attendance.Role);
        Assert.Equal([new AttendanceInterval(T0, T0.AddMinutes(12))], attendance.Intervals);
        Assert.Equal(TimeSpan.FromMinutes(12), attendance.TimeIn(T0.AddHours(1)));
    }

    [Fact]
    public void RecordJoin_Rejoin_AddsUpBothStretches_AndAnOpenOneCountsToNow()
    {
        var session = Planned()
            .RecordJoin(Student, MeetingRole.Attendee, T0)
            .RecordLeave(Student.Id, T0.AddMinutes(5))
            .RecordJoin(Student, MeetingRole.Attendee, T0.AddMinutes(8));

        var attendance = Assert.Single(session.Attendance);
        Assert.True(attendance.IsInMeeting);
        Assert.Equal(TimeSpan.FromMinutes(5 + 2), attendance.TimeIn(T0.AddMinutes(10)));
        Assert.Equal(T0, attendance.FirstJoinedAt);
    }

    [Fact]
    public void RecordJoin_Repeated_ChangesNothing()
    {
        var joined = Planned().RecordJoin(Student, MeetingRole.Attendee, T0);

        Assert.Same(joined, joined.RecordJoin(Student, MeetingRole.Attendee, T0));
        Assert.Same(joined, joined.RecordJoin(Student, MeetingRole.Attendee, T0.AddMinutes(1))); // already in: a second join opens nothing

        var left = joined.RecordLeave(Student.Id, T0.AddMinutes(5));
        Assert.Same(left, left.RecordJoin(Student, MeetingRole.Attendee, T0)); // a late copy of the first join
        Assert.Same(left, left.RecordLeave(Student.Id, T0.AddMinutes(5)));
    }

    [Fact]
    public void RecordLeave_WithoutJoin_ChangesNothing()
    {
        var session = Planned();

        Assert.Same(session, session.RecordLeave(Student.Id, T0));
    }

    [Fact]
    public void RecordLeave_StampedBeforeTheJoin_CountsNoTime()
    {
        var session = Planned().RecordJoin(Student, MeetingRole.Attendee, T0).RecordLeave(Student.Id, T0.AddMinutes(-1));

        Assert.Equal(TimeSpan.Zero, Assert.Single(session.Attendance).TimeIn(T0.AddHours(1)));
    }

    [Fact]
    public void RecordJoin_SomeoneOutsideTheSession_IsRefused()
    {
        Assert.Throws<SessionRuleException>(() => Planned().RecordJoin(new Participant("29:1stranger", "Stranger"), MeetingRole.Attendee, T0));
        Assert.Throws<SessionRuleException>(() => Planned().RecordLeave("29:1stranger", T0));
    }

    [Fact]
    public void CloseAttendance_ClosesOnlyOpenIntervalsAtTheEnd()
    {
        var session = Planned()
            .RecordJoin(Mentor, MeetingRole.Organizer, T0)
            .RecordJoin(Student, MeetingRole.Attendee, T0.AddMinutes(2))
            .RecordLeave(Student.Id, T0.AddMinutes(20))
            .CloseAttendance(T0.AddMinutes(45));

        Assert.All(session.Attendance, a => Assert.False(a.IsInMeeting));
        Assert.Equal(TimeSpan.FromMinutes(45), session.Attendance.Single(a => a.PersonId == Mentor.Id).TimeIn(T0.AddHours(2)));
        Assert.Equal(TimeSpan.FromMinutes(18), session.Attendance.Single(a => a.PersonId == Student.Id).TimeIn(T0.AddHours(2)));
    }

    [Fact]
    public void RecordMeetingStart_SameStartTwice_IsStale()
    {
        var started = Planned().RecordMeetingStart(T0);

        Assert.Equal(T0, started.MeetingStartedAt);
        Assert.Throws<StaleActionException>(() => started.RecordMeetingStart(T0));
        Assert.Equal(T0.AddDays(7), started.RecordMeetingStart(T0.AddDays(7)).MeetingStartedAt); // the next occurrence of a recurring meeting
    }
}
