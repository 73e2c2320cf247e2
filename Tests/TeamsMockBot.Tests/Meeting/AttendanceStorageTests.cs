using System.Text.Json.Nodes;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Storage;

namespace TeamsMockBot.Tests.Meeting;

/// <summary>The session's attendance is additive: a session stored before it reads with none, at the same schema version.</summary>
public sealed class AttendanceStorageTests
{
    private static readonly byte[] StoredBefore =
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", "session-stored-v1.json"));

    [Fact]
    public void Read_SessionStoredBeforeAttendance_HasNoneAndNoMeetingStart()
    {
        Assert.Null(JsonNode.Parse(StoredBefore)!["attendance"]); // the fixture really predates it

        var session = DocumentSerializer.Default.Deserialize<MockSession>(DocumentKeys.Session("s-stored-v1"), StoredBefore);

        Assert.Empty(session.Attendance);
        Assert.Null(session.MeetingStartedAt);
    }

    [Fact]
    public void Serialize_Attendance_RoundTripsWithRolesAsNames()
    {
        var before = DocumentSerializer.Default.Deserialize<MockSession>(DocumentKeys.Session("s-stored-v1"), StoredBefore);
        var at = new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero);
        var attended = before.RecordJoin(before.Candidate, MeetingRole.Attendee, at).RecordLeave(before.Candidate.Id, at.AddMinutes(20));

        var bytes = DocumentSerializer.Default.Serialize(DocumentKeys.Session("s-stored-v1"), attended);
        var written = JsonNode.Parse(bytes)!;
        var read = DocumentSerializer.Default.Deserialize<MockSession>(DocumentKeys.Session("s-stored-v1"), bytes);

        Assert.Equal(1, written[DocumentSerializer.VersionProperty]!.GetValue<int>());
        Assert.Equal("Attendee", written["attendance"]![0]!["role"]!.GetValue<string>());
        Assert.Equal(attended.Attendance.Single().Intervals, read.Attendance.Single().Intervals);
        Assert.Equal(TimeSpan.FromMinutes(20), read.Attendance.Single().TimeIn(at.AddHours(1)));
    }
}
