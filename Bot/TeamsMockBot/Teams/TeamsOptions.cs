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
}
