using Microsoft.Extensions.Options;

namespace TeamsMockBot.Teams;

/// <summary>
/// Decides which <c>serviceUrl</c>s the bot will call. Without an App Id nothing is authenticated,
/// so the bot must only ever talk to a client on this machine (the Agents Playground); with one,
/// only Teams' own hosts.
/// </summary>
public sealed class ServiceUrlPolicy(BotIdentity identity, IOptions<TeamsOptions> options)
{
    public bool Allows(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri))
        {
            return false;
        }

        if (!identity.IsAuthenticated)
        {
            return uri.IsLoopback;
        }

        return uri.Scheme == Uri.UriSchemeHttps && options.Value.ServiceHosts.Any(
            h => uri.Host.Equals(h, StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase));
    }
}
