using System.Globalization;

namespace TeamsMockBot.Cards.Parts;

/// <summary>
/// Adaptive Card date and time functions: the client formats the instant in the viewer's own time
/// zone and locale, so the bot never guesses either. The renderer only accepts whole seconds with
/// a <c>Z</c> or offset suffix, hence the fixed format.
/// </summary>
internal static class TeamsTime
{
    public static string Time(DateTimeOffset at) => "{{TIME(" + Iso(at) + ")}}";

    public static string ShortDate(DateTimeOffset at) => "{{DATE(" + Iso(at) + ", SHORT)}}";

    private static string Iso(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
