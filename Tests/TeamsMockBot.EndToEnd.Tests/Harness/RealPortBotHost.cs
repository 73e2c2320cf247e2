using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;

namespace TeamsMockBot.EndToEnd.Tests.Harness;

/// <summary>
/// The real bot host, in this process, listening on a random real port on 127.0.0.1 so that the
/// Agents Playground (another process) can reach it. Real clock, real timers, real file store in
/// <see cref="DataPath"/>; its log goes to <see cref="LogPath"/>. Every call it makes to the Teams
/// connector is recorded in <see cref="Connector"/>.
/// </summary>
public sealed class RealPortBotHost : WebApplicationFactory<Program>
{
    private readonly FileLoggerProvider _log;

    public RealPortBotHost(string dataPath, string logPath)
    {
        DataPath = dataPath;
        LogPath = logPath;
        _log = new FileLoggerProvider(logPath);
    }

    public string DataPath { get; }

    public string LogPath { get; }

    /// <summary>What the bot sent to the Playground's connector, including messages the page never shows.</summary>
    public BotConnectorLog Connector { get; } = new();

    /// <summary>e.g. http://127.0.0.1:40123/ — known once <see cref="Start"/> has run.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public Uri MessagesEndpoint => new(BaseAddress, "api/messages");

    /// <summary>Starts Kestrel on a random loopback port and returns the address it got.</summary>
    public Uri Start()
    {
        UseKestrel();
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("The bot host reported no addresses.");
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The bot host is not on 127.0.0.1: {string.Join(", ", addresses)}");
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return BaseAddress;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Program.cs reads "urls" itself, so set both the setting and the builder's URLs.
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseUrls("http://127.0.0.1:0");
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.ConfigureLogging(logging => logging.AddProvider(_log));
        builder.ConfigureServices(services => services.ConfigureAll<HttpClientFactoryOptions>(
            o => o.HttpMessageHandlerBuilderActions.Add(b => b.AdditionalHandlers.Add(Connector.CreateHandler()))));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _log.Dispose();
    }
}
