using System.ComponentModel.DataAnnotations;

namespace TeamsMockBot.Graph;

/// <summary>
/// How the bot reaches Microsoft Graph for scheduling (and, when on, transcripts). Graph scheduling is on
/// when a credential is configured: the App Service's user-assigned managed identity
/// (<see cref="ManagedIdentityClientId"/>) or an app registration (<see cref="TenantId"/> +
/// <see cref="ClientId"/> + <see cref="ClientSecret"/> or <see cref="CertificatePath"/>). Checked at start
/// by <see cref="GraphOptionsValidator"/>.
/// </summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    public static readonly Uri DefaultBaseUrl = new("https://graph.microsoft.com/v1.0");

    /// <summary>Graph's root, <c>https://graph.microsoft.com/v1.0</c> by default; national clouds and tests point it elsewhere.</summary>
    public Uri BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>Client id of the user-assigned managed identity (infra passes it as <c>Graph__ManagedIdentityClientId</c>).</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Tenant of the app registration (with <see cref="ClientId"/>).</summary>
    public string? TenantId { get; set; }

    /// <summary>Client id of the app registration.</summary>
    public string? ClientId { get; set; }

    /// <summary>Client secret of the app registration (a secret: environment or Key Vault, never source).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>A PEM or PFX certificate file of the app registration, instead of a secret.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The bot's id in the tenant's Teams app catalog (<c>teamsApp.id</c>, not the manifest id), to install it in meeting chats. Empty: the organizer adds the app.</summary>
    public string? TeamsAppCatalogId { get; set; }

    /// <summary>Read meeting transcripts for delivery analytics (needs <c>OnlineMeetingTranscript.Read.All</c>). Default off.</summary>
    public bool Transcripts { get; set; }

    /// <summary>Retries of a request Graph answered 429, 503 or 504, each after Graph's <c>Retry-After</c> (the SDK's retry handler). Default 3.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>Longest time one Graph call may take, its retries and their waits included. Default 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>True when any credential setting is given: Graph scheduling is then on (and the validator checks the rest).</summary>
    public bool HasCredential =>
        !string.IsNullOrWhiteSpace(ManagedIdentityClientId) || !string.IsNullOrWhiteSpace(ClientId)
        || !string.IsNullOrWhiteSpace(ClientSecret) || !string.IsNullOrWhiteSpace(CertificatePath);

    /// <summary>The token scope: <c>https://{host}/.default</c> of an https base URL (national clouds), Graph's own otherwise.</summary>
    public string Scope => BaseUrl.Scheme == Uri.UriSchemeHttps ? $"https://{BaseUrl.Host}/.default" : "https://graph.microsoft.com/.default";
}
