namespace TeamsMockBot.Domain.Sessions;

/// <summary>
/// Who of the session's people was in its meeting, and when: every join opens an interval, every
/// leave closes it, so re-joins add up. Kept for the no-show policy and attendance reports.
/// </summary>
public sealed record Attendance(string PersonId, string Name, MeetingRole Role, IReadOnlyList<AttendanceInterval> Intervals)
{
    public bool IsInMeeting => Intervals.Count > 0 && Intervals[^1].IsOpen;

    public DateTimeOffset FirstJoinedAt => Intervals[0].JoinedAt;

    /// <summary>The sum of the intervals; an open one counts up to <paramref name="now"/>.</summary>
    public TimeSpan TimeIn(DateTimeOffset now) => Intervals.Aggregate(TimeSpan.Zero, (sum, i) => sum + i.Length(now));
}
