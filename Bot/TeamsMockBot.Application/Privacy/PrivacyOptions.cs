using System.ComponentModel.DataAnnotations;
using TeamsMockBot.Application.Sessions;

namespace TeamsMockBot.Application.Privacy;

/// <summary>Personal-data settings. Students' feedback is personal data: keep it only as long as needed.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>Sessions older than this many days are deleted by the retention sweep. 0 keeps them forever. Default 365.</summary>
    [Range(0, 3650)]
    public int RetentionDays { get; set; } = 365;

    /// <summary>How often the retention sweep runs. Default every 6 hours.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan RetentionSweepInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>
    /// Career-center staff: Entra object ids (or Teams user ids) of the people who may read any
    /// student's history (<c>history @student</c>, answered in their personal chat). Empty by default.
    /// </summary>
    public IList<string> StaffIds { get; } = [];

    /// <summary>Turn the background retention sweep off (tests run passes by hand). Default on.</summary>
    public bool RetentionSweepEnabled { get; set; } = true;

    /// <summary>How long an "export my data" download link works. Default 1 hour.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan ExportLinkLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The bot's public web address, used to build download links. Default the local address;
    /// set it to the App Service URL in Azure (<c>Privacy:PublicBaseUrl</c>).
    /// </summary>
    [Required]
    public Uri PublicBaseUrl { get; set; } = new("http://127.0.0.1:3978");
}
