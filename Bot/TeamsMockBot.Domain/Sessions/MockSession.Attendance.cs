namespace TeamsMockBot.Domain.Sessions;

/// <summary>
/// The session's meeting: who joined and left, as the meeting platform reports it. Reports are
/// delivered at least once and may repeat, so each change is idempotent: a join while already in,
/// a leave while already out, or a report at a time already recorded changes nothing.
/// </summary>
public sealed partial record MockSession
{
    /// <summary>One entry per person of the session who joined its meeting, in the order they first joined.</summary>
    public IReadOnlyList<Attendance> Attendance { get; init; } = [];

    /// <summary>When the meeting start was last announced for this session; a repeat of that start is not announced again.</summary>
    public DateTimeOffset? MeetingStartedAt { get; init; }

    /// <summary>True when <paramref name="personId"/> is the session's interviewer or candidate: only they are recorded.</summary>
    public bool IsParticipant(string personId) => IsInterviewer(personId) || IsCandidate(personId);

    /// <summary>
    /// <paramref name="person"/> joined at <paramref name="at"/>. Unchanged when they are in the
    /// meeting already, when that join was recorded before, or when it is older than their last leave
    /// (a late repeat of an earlier join).
    /// </summary>
    public MockSession RecordJoin(Participant person, MeetingRole role, DateTimeOffset at)
    {
        RequireParticipant(person.Id);
        var entry = Attendance.FirstOrDefault(a => a.PersonId == person.Id);
        if (entry is null)
        {
            return this with { Attendance = [.. Attendance, new Attendance(person.Id, person.Name, role, [new AttendanceInterval(at)])] };
        }

        var last = entry.Intervals[^1];
        if (entry.IsInMeeting || entry.Intervals.Any(i => i.JoinedAt == at) || at < (last.LeftAt ?? last.JoinedAt))
        {
            return this;
        }

        return Replace(entry, entry with
        {
            Role = role == MeetingRole.Unknown ? entry.Role : role,
            Intervals = [.. entry.Intervals, new AttendanceInterval(at)],
        });
    }

    /// <summary>The person left at <paramref name="at"/>. Unchanged when they are not in the meeting (a repeat, or a leave without a join).</summary>
    public MockSession RecordLeave(string personId, DateTimeOffset at)
    {
        RequireParticipant(personId);
        var entry = Attendance.FirstOrDefault(a => a.PersonId == personId);
        if (entry is not { IsInMeeting: true })
        {
            return this;
        }

        var open = entry.Intervals[^1];
        var left = at > open.JoinedAt ? at : open.JoinedAt; // a leave stamped before its join lasted no time, never negative time
        return Replace(entry, entry with { Intervals = [.. entry.Intervals.Take(entry.Intervals.Count - 1), open with { LeftAt = left }] });
    }

    /// <summary>The meeting ended at <paramref name="at"/>: whoever is still in it leaves then.</summary>
    public MockSession CloseAttendance(DateTimeOffset at) =>
        Attendance.Where(a => a.IsInMeeting).Aggregate(this, (session, a) => session.RecordLeave(a.PersonId, at));

    /// <summary>Records that the meeting's start at <paramref name="at"/> was announced; throws <see cref="StaleActionException"/> when it already was.</summary>
    public MockSession RecordMeetingStart(DateTimeOffset at) =>
        MeetingStartedAt == at ? throw new StaleActionException("This meeting start was announced already.") : this with { MeetingStartedAt = at };

    /// <summary>For "delete my data": the person's attendance stays (the times are the session's record) but carries <paramref name="replacement"/>'s id and name.</summary>
    public MockSession ForgetAttendee(string personId, Participant replacement) => this with
    {
        Attendance = Attendance.Select(a => a.PersonId == personId ? a with { PersonId = replacement.Id, Name = replacement.Name } : a).ToList(),
    };

    private void RequireParticipant(string personId)
    {
        if (!IsParticipant(personId))
        {
            throw new SessionRuleException("Only the session's interviewer and candidate are recorded as attending it.");
        }
    }

    private MockSession Replace(Attendance old, Attendance updated) =>
        this with { Attendance = Attendance.Select(a => ReferenceEquals(a, old) ? updated : a).ToList() };
}
