namespace TeamsMockBot.Teams;

/// <summary>Bot Framework settings beyond the standard <c>MicrosoftAppId</c>/<c>MicrosoftAppType</c> keys.</summary>
public sealed class TeamsOptions
{
    public const string Section = "Teams";

    /// <summary>
    /// Hosts the bot may send to when authentication is on (an activity's <c>serviceUrl</c> must be
    /// one of them, or a subdomain). With authentication off only loopback service URLs are used.
    /// </summary>
    public IList<string> AllowedServiceHosts { get; } = ["smba.trafficmanager.net", "smba.infra.gcc.teams.microsoft.com", "botframework.com"];

    /// <summary>
    /// The Microsoft 365 tenants this deployment serves (e.g. the university's). One deployment and
    /// its storage container belong to one career center, so activities from any other tenant are
    /// refused. Empty (the default) accepts every tenant: set it in production.
    /// </summary>
    public IList<string> AllowedTenantIds { get; } = [];
}
