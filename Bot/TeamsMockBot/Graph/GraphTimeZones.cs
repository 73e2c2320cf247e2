using System.Globalization;
using Microsoft.Graph.Models;
using TimeZoneConverter;

namespace TeamsMockBot.Graph;

/// <summary>
/// Graph speaks Windows time zone names ("Pacific Standard Time") and local wall-clock times with a zone;
/// the product keeps IANA ids and UTC instants. These are the only conversions between the two.
/// </summary>
internal static class GraphTimeZones
{
    private const string WallClock = "yyyy-MM-ddTHH:mm:ss";

    /// <summary>The IANA id of a Graph time zone name (Windows, or already IANA); null when it is neither (e.g. "Customized Time Zone").</summary>
    public static string? ToIana(string? graphName)
    {
        if (string.IsNullOrWhiteSpace(graphName))
        {
            return null;
        }

        if (TZConvert.TryWindowsToIana(graphName, out var iana))
        {
            return iana;
        }

        return TZConvert.TryIanaToWindows(graphName, out _) ? graphName : null;
    }

    /// <summary>The Windows name Graph expects in <c>dateTimeTimeZone.timeZone</c> and <c>Prefer: outlook.timezone</c>.</summary>
    public static string ToWindows(string ianaOrWindows) =>
        TZConvert.TryIanaToWindows(ianaOrWindows, out var windows) ? windows
        : TZConvert.TryWindowsToIana(ianaOrWindows, out _) ? ianaOrWindows
        : throw new ArgumentException($"'{ianaOrWindows}' is not a known time zone.", nameof(ianaOrWindows));

    /// <summary>The instant written as wall-clock time in the zone (daylight saving of that date applied).</summary>
    public static DateTimeTimeZone InZone(DateTimeOffset instant, string ianaOrWindows)
    {
        var zone = TZConvert.GetTimeZoneInfo(ianaOrWindows);
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return new DateTimeTimeZone { DateTime = local.ToString(WallClock, CultureInfo.InvariantCulture), TimeZone = ToWindows(ianaOrWindows) };
    }

    /// <summary>A Graph wall-clock time with its zone, as a UTC instant.</summary>
    public static DateTimeOffset ToUtc(DateTimeTimeZone? value)
    {
        if (value?.DateTime is not { } text || !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            throw new FormatException($"Graph sent a time that could not be read: '{value?.DateTime}'.");
        }

        var zoneName = string.IsNullOrWhiteSpace(value.TimeZone) ? "UTC" : value.TimeZone;
        var zone = TZConvert.GetTimeZoneInfo(zoneName);
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }
}
