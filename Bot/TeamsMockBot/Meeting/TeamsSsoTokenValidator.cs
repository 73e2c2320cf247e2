using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using TeamsMockBot.Teams;

namespace TeamsMockBot.Meeting;

/// <summary>
/// Checks a Teams single sign-on token (from <c>authentication.getAuthToken()</c> in the page):
/// signed by a key Entra ID publishes (OpenID metadata → JWKS, cached and refreshed on an unknown key
/// id), issued by Entra ID for the token's own tenant (v1 <c>https://sts.windows.net/{tid}/</c> or
/// v2 <c>https://login.microsoftonline.com/{tid}/v2.0</c>), for this app (audience = the client id or
/// the app id URI), within its lifetime on our clock, from an allowed tenant, naming a person (<c>oid</c>).
/// </summary>
public sealed class TeamsSsoTokenValidator
{
    private readonly TeamsSsoOptions _options;
    private readonly IReadOnlyList<string> _allowedTenants;
    private readonly TimeProvider _time;
    private readonly ConfigurationManager<OpenIdConnectConfiguration>? _metadata;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public TeamsSsoTokenValidator(IOptions<TeamsSsoOptions> options, IOptions<TeamsOptions> teams, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(teams);
        _options = options.Value;
        _allowedTenants = teams.Value.AllowedTenantIds.ToList();
        _time = time;
        if (_options.Enabled)
        {
            var url = _options.MetadataUrl;
            // Its own HttpClient (the retriever's), not the Teams connector's: Entra ID is not a Teams call.
            var retriever = new HttpDocumentRetriever { RequireHttps = url.Scheme == Uri.UriSchemeHttps || !url.IsLoopback };
            _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(url.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), retriever);
        }
    }

    public bool Enabled => _metadata is not null;

    public async Task<SsoCheck> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        if (_metadata is null)
        {
            return SsoCheck.Refused("Teams sign-on is not configured (Meeting:Sso:ClientId is empty)");
        }

        if (string.IsNullOrEmpty(token) || token.Length > 16_384 || !_handler.CanReadToken(token))
        {
            return SsoCheck.Refused("not a JWT");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var result = await _handler.ValidateTokenAsync(token, Parameters()).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return SsoCheck.Refused(result.Exception?.GetType().Name ?? "invalid");
        }

        var directoryId = result.Claims.TryGetValue("oid", out var oid) ? oid as string : null;
        var tenantId = result.Claims.TryGetValue("tid", out var tid) ? tid as string : null;
        if (string.IsNullOrEmpty(directoryId) || string.IsNullOrEmpty(tenantId))
        {
            return SsoCheck.Refused("no oid or tid claim");
        }

        if (_allowedTenants.Count > 0 && !_allowedTenants.Contains(tenantId, StringComparer.OrdinalIgnoreCase))
        {
            return SsoCheck.Refused("tenant not allowed");
        }

        return SsoCheck.Valid(directoryId, tenantId);
    }

    private TokenValidationParameters Parameters() => new()
    {
        ConfigurationManager = _metadata,
        ValidAudiences = _options.Audiences,
        ValidateAudience = true,
        ValidateIssuer = true,
        IssuerValidator = ValidateIssuer,
        ValidateIssuerSigningKey = true,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        LifetimeValidator = ValidateLifetime,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
    };

    /// <summary>Entra ID's issuers are per tenant: the token's issuer must be its own tenant's (v1 or v2).</summary>
    private static string ValidateIssuer(string issuer, SecurityToken token, TokenValidationParameters parameters)
    {
        var tenantId = token is JsonWebToken jwt && jwt.TryGetPayloadValue<string>("tid", out var tid) ? tid : null;
        if (string.IsNullOrEmpty(tenantId) || !Guid.TryParse(tenantId, out _))
        {
            throw new SecurityTokenInvalidIssuerException("The token names no tenant.");
        }

        var v1 = $"https://sts.windows.net/{tenantId}/";
        var v2 = $"https://login.microsoftonline.com/{tenantId}/v2.0";
        return string.Equals(issuer, v1, StringComparison.Ordinal) || string.Equals(issuer, v2, StringComparison.Ordinal)
            ? issuer
            : throw new SecurityTokenInvalidIssuerException($"Issuer {issuer} is not Entra ID for tenant {tenantId}.");
    }

    /// <summary>On the injected clock, like everything else in the product (the library would read the system clock).</summary>
    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        if (expires is not { } end || end.ToUniversalTime() + _options.ClockSkew <= now)
        {
            throw new SecurityTokenExpiredException("The token has expired.");
        }

        return notBefore is not { } start || start.ToUniversalTime() - _options.ClockSkew <= now
            ? true
            : throw new SecurityTokenNotYetValidException("The token is not valid yet.");
    }
}
