using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using TeamsMockBot.Application.Persistence;
using TeamsMockBot.Storage;

namespace TeamsMockBot.Benchmarks;

/// <summary>
/// The real bot host in memory (no listener): real file store in a temp folder, timers off, every
/// outgoing Teams call answered by <see cref="TeamsConnectorStub"/>, plus the benchmark-only echo
/// endpoint. Logging providers are removed so console output does not dominate a sub-millisecond turn
/// (in production logs go to a buffered exporter, not a synchronous console).
/// Two what-ifs, used by the breakdown only: <c>memoryStore</c> swaps the file store for
/// <see cref="InMemoryDocumentStore"/>; <c>settings</c> override the defaults (the timer benchmark turns timers on).
/// </summary>
internal sealed class BenchHost(bool memoryStore = false, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "tmb-bench-" + Guid.NewGuid().ToString("N"));

    public TeamsConnectorStub Teams { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.UseSetting("Timers:Enabled", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value); // e.g. the timer benchmark turns the timer loop on
        }

        builder.ConfigureLogging(logging => logging.ClearProviders());
        builder.ConfigureServices(services =>
        {
            services.AddTransient<IStartupFilter, EchoEndpoint>();
            services.ConfigureAll<HttpClientFactoryOptions>(o => o.HttpMessageHandlerBuilderActions.Add(b => b.PrimaryHandler = Teams));
            if (memoryStore)
            {
                services.RemoveAll<IDocumentStore>();
                services.AddSingleton<IDocumentStore, InMemoryDocumentStore>();
            }
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Teams.Dispose();
        if (Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }
    }
}
