using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace TeamsMockBot.Tests.Infrastructure;

/// <summary>
/// The in-memory test server gives requests no remote address, and the bot refuses an unknown
/// caller when authentication is off. This stands in for the network: every request comes from
/// <see cref="Address"/> (loopback, as the Agents Playground on this machine; null keeps it unknown).
/// </summary>
public sealed class CallerAddress : IStartupFilter
{
    public IPAddress? Address { get; set; } = IPAddress.Loopback;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress ??= Address;
            return nextMiddleware(context);
        });
        next(app);
    };
}
