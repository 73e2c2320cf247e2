using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Rest;

namespace TeamsMockBot.Tests.Infrastructure;

/// <summary>
/// Stands in for Entra ID issuing the bot's own outbound token (the client-credentials call to
/// login.microsoftonline.com cannot be made here). Only that is faked: which App Ids are valid and
/// whether authentication is on come from the SDK's real configuration-based factory, so inbound
/// token validation (the audience check included) is untouched. Registered by tests only; the host
/// registers no <see cref="ServiceClientCredentialsFactory"/> and so uses the SDK's own.
/// </summary>
public sealed class FakeOutboundCredentials(IConfiguration configuration) : ServiceClientCredentialsFactory
{
    /// <summary>The bearer token the bot sends to the connector.</summary>
    public const string OutboundToken = "eyJ0eXAiOiJKV1QifQ.outbound-test-token-7hQp2.sig";

    private readonly ConfigurationServiceClientCredentialFactory real = new(configuration);

    public override Task<bool> IsValidAppIdAsync(string appId, CancellationToken cancellationToken) => real.IsValidAppIdAsync(appId, cancellationToken);

    public override Task<bool> IsAuthenticationDisabledAsync(CancellationToken cancellationToken) => real.IsAuthenticationDisabledAsync(cancellationToken);

    public override Task<ServiceClientCredentials> CreateCredentialsAsync(string appId, string audience, string loginEndpoint, bool validateAuthority, CancellationToken cancellationToken) =>
        Task.FromResult<ServiceClientCredentials>(new TokenCredentials(OutboundToken));
}
