using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Calendar.GetSchedule;
using TeamsMockBot.Application.Scheduling;
using TeamsMockBot.Domain.Scheduling;
using GraphWorkingHours = Microsoft.Graph.Models.WorkingHours;
using WorkingHours = TeamsMockBot.Domain.Scheduling.WorkingHours;

namespace TeamsMockBot.Graph;

/// <summary>
/// Availability: each person's time zone and working hours (<c>mailboxSettings</c>), then everyone's busy
/// times in one <c>calendar/getSchedule</c>, in UTC.
/// </summary>
internal sealed partial class GraphMockCalendar
{
    private static readonly string[] MailboxFields = ["timeZone", "workingHours"];

    public async Task<IReadOnlyList<PersonAvailability>> GetAvailabilityAsync(IReadOnlyList<CalendarPerson> people, MeetingSlot window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(window);
        if (people.Count == 0)
        {
            return [];
        }

        var settings = new List<(CalendarPerson Person, string TimeZoneId, WorkingHours Hours)>();
        foreach (var person in people)
        {
            settings.Add(await MailboxSettingsAsync(person, cancellationToken));
        }

        var schedules = await ScheduleAsync(people, window, cancellationToken);
        return [.. settings.Select(s => new PersonAvailability(s.Person.DirectoryId, s.TimeZoneId, s.Hours, BusyTimes(s.Person, schedules)))];
    }

    private async Task<(CalendarPerson Person, string TimeZoneId, WorkingHours Hours)> MailboxSettingsAsync(CalendarPerson person, CancellationToken cancellationToken)
    {
        MailboxSettings? settings;
        try
        {
            settings = await graph.Users[person.DirectoryId].MailboxSettings.GetAsync(r => r.QueryParameters.Select = MailboxFields, cancellationToken);
        }
        catch (ODataError error) when (IsNoMailbox(error))
        {
            throw NoMailbox(person, error);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw GraphFailures.ToCalendarException(error, $"read {person.Name}'s calendar settings", cancellationToken);
        }

        var zone = GraphTimeZones.ToIana(settings?.TimeZone);
        if (zone is null)
        {
            LogUnknownZone(logger, person.DirectoryId, settings?.TimeZone);
            zone = "Etc/UTC";
        }

        return (person, zone, Hours(settings?.WorkingHours, zone));
    }

    private async Task<IReadOnlyList<ScheduleInformation>> ScheduleAsync(IReadOnlyList<CalendarPerson> people, MeetingSlot window, CancellationToken cancellationToken)
    {
        var body = new GetSchedulePostRequestBody
        {
            Schedules = [.. people.Select(p => p.Email)],
            StartTime = GraphTimeZones.InZone(window.Start, "UTC"),
            EndTime = GraphTimeZones.InZone(window.End, "UTC"),
            AvailabilityViewInterval = 15,
        };
        try
        {
            // Asked of the first person's calendar (the organizer); busy times come back in UTC.
            var answer = await graph.Users[people[0].DirectoryId].Calendar.GetSchedule.PostAsGetSchedulePostResponseAsync(
                body, r => r.Headers.Add("Prefer", "outlook.timezone=\"UTC\""), cancellationToken);
            return answer?.Value ?? [];
        }
        catch (ODataError error) when (IsNoMailbox(error))
        {
            throw NoMailbox(people[0], error);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw GraphFailures.ToCalendarException(error, "read the calendars", cancellationToken);
        }
    }

    private static List<MeetingSlot> BusyTimes(CalendarPerson person, IReadOnlyList<ScheduleInformation> schedules)
    {
        var schedule = schedules.FirstOrDefault(s => string.Equals(s.ScheduleId, person.Email, StringComparison.OrdinalIgnoreCase));
        if (schedule is null || schedule.Error is not null)
        {
            // getSchedule reports a missing mailbox per schedule, inside a 200.
            throw NoMailbox(person, null);
        }

        return [.. (schedule.ScheduleItems ?? [])
            .Where(i => i.Status is FreeBusyStatus.Busy or FreeBusyStatus.Oof or FreeBusyStatus.Tentative)
            .Select(i => new MeetingSlot(GraphTimeZones.ToUtc(i.Start), GraphTimeZones.ToUtc(i.End)))
            .OrderBy(s => s.Start)];
    }

    private static WorkingHours Hours(GraphWorkingHours? hours, string personZone)
    {
        if (hours?.StartTime is not { } start || hours.EndTime is not { } end || hours.DaysOfWeek is not { Count: > 0 } days)
        {
            return WorkingHours.OfficeHoursIn(personZone);
        }

        var zone = GraphTimeZones.ToIana(hours.TimeZone?.Name) ?? personZone;
        var weekdays = days.Where(d => d is not null).Select(d => Enum.Parse<DayOfWeek>(d!.Value.ToString(), ignoreCase: true)).ToHashSet();
        return new WorkingHours(weekdays, new TimeOnly(start.Hour, start.Minute), new TimeOnly(end.Hour, end.Minute), zone);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph: mailbox of {DirectoryId} has time zone '{TimeZone}', which is neither Windows nor IANA; using UTC.")]
    private static partial void LogUnknownZone(ILogger logger, string directoryId, string? timeZone);
}
