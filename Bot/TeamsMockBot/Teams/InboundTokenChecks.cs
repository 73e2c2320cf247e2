using System.Security.Claims;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.IdentityModel.Tokens;

namespace TeamsMockBot.Teams;

/// <summary>
/// What the SDK's own token validation leaves out, around it:
/// <list type="bullet">
/// <item>A token it rejects with a token-library exception (a bad signature, an unsigned token, one not
/// yet valid) escapes <c>CloudAdapter</c> as a 500; it becomes an <see cref="UnauthorizedAccessException"/>,
/// which the adapter answers with 401.</item>
/// <item>A single-tenant bot (<c>MicrosoftAppType=SingleTenant</c>) serves its own tenant only: the SDK
/// checks issuer, audience, signature and the serviceurl claim but not the tenant, so an activity from
/// another tenant — or a token that names another tenant in <c>tid</c> — is refused here.</item>
/// </list>
/// </summary>
public sealed class InboundTokenChecks(BotFrameworkAuthentication inner, BotIdentity identity) : BotFrameworkAuthentication
{
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var result = await AsUnauthorized(() => inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken)).ConfigureAwait(false);
        if (identity.IsSingleTenant)
        {
            RequireBotTenant(TenantOf(activity), "activity");
            // The SDK's JwtSecurityTokenHandler maps "tid" to the long claim type; either may be there.
            if ((result.ClaimsIdentity?.FindFirst("tid") ?? result.ClaimsIdentity?.FindFirst("http://schemas.microsoft.com/identity/claims/tenantid"))?.Value is { } tokenTenant)
            {
                RequireBotTenant(tokenTenant, "token");
            }
        }

        return result;
    }

    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        AsUnauthorized(() => inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken));

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => inner.CreateConnectorFactory(claimsIdentity);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    public override Microsoft.Bot.Builder.Skills.BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        AsUnauthorized(() => inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken));

    private static async Task<T> AsUnauthorized<T>(Func<Task<T>> authenticate)
    {
        try
        {
            return await authenticate().ConfigureAwait(false);
        }
        catch (SecurityTokenException e)
        {
            throw new UnauthorizedAccessException("The token is not valid: " + e.GetType().Name, e);
        }
    }

    private static string? TenantOf(Activity activity) =>
        activity.GetChannelData<TeamsChannelData>()?.Tenant?.Id ?? activity.Conversation?.TenantId;

    private void RequireBotTenant(string? tenantId, string what)
    {
        if (!string.Equals(tenantId, identity.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            throw new UnauthorizedAccessException($"A single-tenant bot: the {what} is from another tenant.");
        }
    }
}
