using System.Globalization;
using TeamsMockBot.Domain.Scheduling;

namespace TeamsMockBot.Application.Scheduling;

/// <summary>
/// Times shown in the viewer's own time zone, as their Teams client reported it. Where a card can,
/// Teams itself formats the time (<c>{{DATE()}}</c>); button titles cannot, so they are written here.
/// </summary>
public static class ViewerTime
{
    /// <summary>The viewer's zone; UTC when the client sent none or one this machine does not know.</summary>
    public static TimeZoneInfo Zone(string? timeZoneId) =>
        timeZoneId is { Length: > 0 and <= 64 } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>"Wed 25 Nov, 16:00–17:00".</summary>
    public static string Label(MeetingSlot slot, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(slot);
        var start = TimeZoneInfo.ConvertTime(slot.Start, zone);
        var end = TimeZoneInfo.ConvertTime(slot.End, zone);
        return start.ToString("ddd d MMM, HH:mm", CultureInfo.InvariantCulture) + "–" + end.ToString("HH:mm", CultureInfo.InvariantCulture);
    }

    public static string Name(TimeZoneInfo zone) => zone == TimeZoneInfo.Utc ? "UTC" : zone.Id;
}
