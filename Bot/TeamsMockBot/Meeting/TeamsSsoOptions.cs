namespace TeamsMockBot.Meeting;

/// <summary>
/// Teams single sign-on for the meeting pages (<c>Meeting:Sso:*</c>): the page asks Teams for a
/// token for the app's Entra registration (the manifest's <c>webApplicationInfo</c>) and the host
/// checks it. Without <see cref="ClientId"/> Teams tokens are refused and only signed links work.
/// </summary>
public sealed class TeamsSsoOptions
{
    public const string Section = "Meeting:Sso";

    /// <summary>The Entra app (client) id in <c>webApplicationInfo.id</c>; v2 tokens carry it as their audience. Empty: sign-on off.</summary>
    public string? ClientId { get; set; }

    /// <summary>The app id URI in <c>webApplicationInfo.resource</c>, <c>api://{host}/{client id}</c>; v1 tokens carry it as their audience.</summary>
    public string? AppIdUri { get; set; }

    /// <summary>
    /// Where the signing keys are published (OpenID Connect metadata, whose <c>jwks_uri</c> lists them).
    /// Default Entra ID's multi-tenant endpoint; https only, except on loopback (tests).
    /// </summary>
    public Uri MetadataUrl { get; set; } = new("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration");

    /// <summary>Tolerance for clocks that disagree about a token's lifetime. Default 2 minutes.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(2);

    public bool Enabled => !string.IsNullOrWhiteSpace(ClientId);

    public IReadOnlyList<string> Audiences =>
        new[] { ClientId, AppIdUri }.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a!.Trim()).ToList();
}
