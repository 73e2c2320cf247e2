namespace TeamsMockBot.Domain.Scheduling;

/// <summary>
/// When a person works, as their mailbox settings say: these days, from start to end, in
/// <paramref name="TimeZoneId"/> (an IANA id such as <c>Europe/London</c>; adapters convert
/// Windows ids). Working hours may be in a different zone from the person's own.
/// </summary>
public sealed record WorkingHours(IReadOnlySet<DayOfWeek> Days, TimeOnly Start, TimeOnly End, string TimeZoneId)
{
    /// <summary>Monday to Friday, 09:00–17:00: what we assume when a calendar says nothing.</summary>
    public static WorkingHours OfficeHoursIn(string timeZoneId) =>
        new(new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday },
            new TimeOnly(9, 0), new TimeOnly(17, 0), timeZoneId);
}
