namespace TeamsMockBot.Domain.Scheduling;

/// <summary>
/// The earliest times two people can both meet: inside both people's working hours (each in the
/// zone their working hours are written in, daylight saving included), clear of both people's busy
/// times, inside the window, never in the past, and on a half-hour grid so the offer reads like a
/// person would propose it. Pure: the calendar adapters bring the availability, the clock brings "now".
/// </summary>
public static class SlotFinder
{
    /// <summary>Slots start on the hour or the half hour (UTC, which matches local time in every whole- and half-hour zone).</summary>
    public static TimeSpan Grid { get; } = TimeSpan.FromMinutes(30);

    public const int DefaultCount = 3;

    /// <summary>The most grid steps looked at; a 31-day window is 1,488, so any sensible window is searched whole.</summary>
    private const int MaxSteps = 5000;

    public static IReadOnlyList<MeetingSlot> Find(
        PersonAvailability first, PersonAvailability second, MeetingSlot window, TimeSpan length, DateTimeOffset now, int count = DefaultCount)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(window);
        if (length <= TimeSpan.Zero)
        {
            throw new SchedulingRuleException("A mock needs a length of at least one minute.");
        }

        var people = new[] { Read(first), Read(second) };
        var found = new List<MeetingSlot>(count);
        var start = RoundUp(window.Start > now ? window.Start : now);
        for (var step = 0; step < MaxSteps && found.Count < count && start + length <= window.End; step++, start += Grid)
        {
            var slot = new MeetingSlot(start, start + length);
            if (people.All(p => p.CanMeet(slot)))
            {
                found.Add(slot);
            }
        }

        return found;
    }

    /// <summary>Whether <paramref name="slot"/> lies inside <paramref name="hours"/> on one working day, read in the hours' own zone.</summary>
    public static bool IsWithin(WorkingHours hours, MeetingSlot slot)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(slot);
        return IsWithin(hours, Zone(hours.TimeZoneId), slot);
    }

    /// <summary>The zone for an IANA id (Windows ids work too on Windows and with ICU); a typo is a rule break, not a crash.</summary>
    public static TimeZoneInfo Zone(string timeZoneId)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            throw new SchedulingRuleException($"I don't know the time zone '{timeZoneId}'.");
        }
    }

    private static bool IsWithin(WorkingHours hours, TimeZoneInfo zone, MeetingSlot slot)
    {
        // Converted one instant at a time, so a slot on a daylight-saving day is read at its real local times.
        var localStart = TimeZoneInfo.ConvertTime(slot.Start, zone);
        var localEnd = TimeZoneInfo.ConvertTime(slot.End, zone);
        return localStart.Date == localEnd.Date
            && hours.Days.Contains(localStart.DayOfWeek)
            && TimeOnly.FromTimeSpan(localStart.TimeOfDay) >= hours.Start
            && TimeOnly.FromTimeSpan(localEnd.TimeOfDay) <= hours.End;
    }

    private static DateTimeOffset RoundUp(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        var ticks = (utc.Ticks + Grid.Ticks - 1) / Grid.Ticks * Grid.Ticks;
        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    private static Person Read(PersonAvailability availability) =>
        new(availability.WorkingHours, Zone(availability.WorkingHours.TimeZoneId), availability.Busy);

    private sealed record Person(WorkingHours Hours, TimeZoneInfo Zone, IReadOnlyList<MeetingSlot> Busy)
    {
        public bool CanMeet(MeetingSlot slot) => IsWithin(Hours, Zone, slot) && !Busy.Any(b => b.Overlaps(slot));
    }
}
