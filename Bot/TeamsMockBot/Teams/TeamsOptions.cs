using System.ComponentModel.DataAnnotations;

namespace TeamsMockBot.Teams;

/// <summary>Bot Framework settings beyond the standard <c>MicrosoftAppId</c>/<c>MicrosoftAppType</c> keys; validated at start.</summary>
public sealed class TeamsOptions
{
    public const string Section = "Teams";

    /// <summary>Teams' own service hosts, used when <see cref="AllowedServiceHosts"/> is not set.</summary>
    public static IReadOnlyList<string> DefaultServiceHosts { get; } = ["smba.trafficmanager.net", "smba.infra.gcc.teams.microsoft.com", "botframework.com"];

    /// <summary>
    /// Hosts the bot may send to when authentication is on (an activity's <c>serviceUrl</c> must be
    /// one of them, or a subdomain, over https). Set in configuration, it replaces
    /// <see cref="DefaultServiceHosts"/>, so a deployment can narrow the list. With authentication
    /// off only loopback service URLs are used.
    /// </summary>
    public IList<string>? AllowedServiceHosts { get; set; }

    /// <summary>The hosts in force: the configured list, or the defaults.</summary>
    public IReadOnlyList<string> ServiceHosts => AllowedServiceHosts is { Count: > 0 } configured ? configured.ToList() : DefaultServiceHosts;

    /// <summary>
    /// The Microsoft 365 tenants this deployment serves (e.g. the university's). One deployment and
    /// its storage container belong to one career center, so activities from any other tenant are
    /// refused. Empty (the default) accepts every tenant: set it in production.
    /// </summary>
    public IList<string> AllowedTenantIds { get; } = [];

    /// <summary>
    /// The largest activity <c>/api/messages</c> accepts, in bytes; a bigger body is refused with 413
    /// before it is read. Teams' own activities, a filled-in feedback form included, are a few KB.
    /// Default 256 KB.
    /// </summary>
    [Range(4 * 1024, 4 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Retries of a Teams call answered 429, 412, 502, 503 or 504 (or not answered at all). Default 3.
    /// What still fails is delivered later by the outbox (messages outside a turn) or reported to the person.
    /// </summary>
    [Range(0, 6)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First wait between retries; doubles each time, with jitter. Teams' <c>Retry-After</c> wins when it is given. Default 1 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:30")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest single wait, <c>Retry-After</c> included: a longer <c>Retry-After</c> is shortened to this. Default 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:02:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
}
