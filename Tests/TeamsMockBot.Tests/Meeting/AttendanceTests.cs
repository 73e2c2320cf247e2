using TeamsMockBot.Domain.Sessions;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Meeting;

/// <summary>Participant join / leave events, as Teams posts them, recorded on the session: who, when, for how long.</summary>
public sealed class AttendanceTests : MeetingChatTest
{
    [Fact]
    public async Task JoinAndLeave_WithRejoinAndRepeats_AddUpTheTimeInTheMeeting()
    {
        var sessionId = await CreateInMeetingAsync();
        var t0 = MeetingStartsAt;
        Host.Teams.Meetings.SetRole(MeetingId, Student.Id, "Attendee");

        var firstJoin = ParticipantEvent(joined: true, t0, (Mentor.Id, Mentor.Name, "Organizer"), (Student.Id, Student.Name, null));
        await PostAsync(firstJoin);
        await PostAsync(firstJoin); // Teams retries the same event
        var firstLeave = ParticipantEvent(joined: false, t0.AddMinutes(10), (Student.Id, Student.Name, "Attendee"));
        await PostAsync(firstLeave);
        await PostAsync(firstLeave);
        await PostAsync(ParticipantEvent(joined: true, t0.AddMinutes(15), (Student.Id, Student.Name, "Attendee")));
        await PostAsync(ParticipantEvent(joined: false, t0.AddMinutes(20), (Student.Id, Student.Name, "Attendee")));
        await PostAsync(firstJoin); // a late repeat of the first join, after the candidate left again

        var session = await SessionAsync(sessionId);
        var student = Assert.Single(session.Attendance, a => a.PersonId == Student.Id);
        Assert.Equal(MeetingRole.Attendee, student.Role); // the event had no role: read from the participant API
        Assert.Single(MeetingApiCalls("GET", "/participants/" + Uri.EscapeDataString(Student.Id)));
        Assert.Equal([new AttendanceInterval(t0, t0.AddMinutes(10)), new AttendanceInterval(t0.AddMinutes(15), t0.AddMinutes(20))], student.Intervals);
        Assert.Equal(TimeSpan.FromMinutes(15), student.TimeIn(t0.AddHours(1)));
        Assert.False(student.IsInMeeting);

        var mentor = Assert.Single(session.Attendance, a => a.PersonId == Mentor.Id);
        Assert.Equal(MeetingRole.Organizer, mentor.Role);
        Assert.True(mentor.IsInMeeting);

        // The meeting ends: whoever is still in it leaves then.
        await PostAsync(MeetingEnd(t0.AddMinutes(30)));
        mentor = Assert.Single((await SessionAsync(sessionId)).Attendance, a => a.PersonId == Mentor.Id);
        Assert.Equal([new AttendanceInterval(t0, t0.AddMinutes(30))], mentor.Intervals);
        Assert.Equal(TimeSpan.FromMinutes(30), mentor.TimeIn(t0.AddHours(2)));
    }

    [Fact]
    public async Task DeleteMyData_ByTheInterviewer_LeavesNoTraceOfThemInTheAttendance()
    {
        var sessionId = await CreateInMeetingAsync();
        await PostAsync(ParticipantEvent(joined: true, MeetingStartsAt, (Mentor.Id, Mentor.Name, "Organizer"), (Student.Id, Student.Name, "Attendee")));

        await PostAsync(PersonalMessage(Mentor, "delete my data"));
        await Host.InvokeAsync(Invoke(Mentor, TeamsMockBot.Cards.CardVerbs.ConfirmDeleteData, new System.Text.Json.Nodes.JsonObject(), "msg-confirm", "personal"));

        var session = await SessionAsync(sessionId);
        Assert.Equal(2, session.Attendance.Count);
        Assert.DoesNotContain(session.Attendance, a => a.PersonId == Mentor.Id || a.Name == Mentor.Name);
        Assert.Contains(session.Attendance, a => a.PersonId == Student.Id);
    }

    [Fact]
    public async Task Join_OfSomeoneOutsideTheSession_IsNotRecorded()
    {
        var sessionId = await CreateInMeetingAsync();

        await PostAsync(ParticipantEvent(joined: true, MeetingStartsAt, (Bystander.Id, Bystander.Name, "Attendee")));
        await PostAsync(ParticipantEvent(joined: false, MeetingStartsAt.AddMinutes(1), (Bystander.Id, Bystander.Name, "Attendee")));

        Assert.Empty((await SessionAsync(sessionId)).Attendance);
        Assert.Contains(Host.Logs.GetSnapshot(), r => r.Message.Contains("neither its interviewer nor its candidate", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Join_InAMeetingWithoutSession_IsANoOpWithALogLine()
    {
        await PostAsync(ParticipantEvent(joined: true, MeetingStartsAt, (Student.Id, Student.Name, "Attendee")));

        Assert.DoesNotContain(Host.Teams.Calls, c => c.Method is "POST" or "PUT");
        Assert.Empty(MeetingApiCalls("GET", "/participants/" + Uri.EscapeDataString(Student.Id)));
        Assert.Contains(Host.Logs.GetSnapshot(), r => r.Message.Contains("has no session; not recorded", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Join_EventWithoutMembers_ChangesNothing()
    {
        var sessionId = await CreateInMeetingAsync();
        var activity = ParticipantEvent(joined: true, MeetingStartsAt);
        activity["value"]!["members"] = "not a list";

        await PostAsync(activity);

        Assert.Empty((await SessionAsync(sessionId)).Attendance);
    }
}
