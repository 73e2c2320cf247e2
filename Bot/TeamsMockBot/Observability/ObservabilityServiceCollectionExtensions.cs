using Azure.Monitor.OpenTelemetry.AspNetCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry;
using OpenTelemetry.Instrumentation.AspNetCore;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using TeamsMockBot.Application.Persistence;
using TeamsMockBot.Storage;

namespace TeamsMockBot.Observability;

/// <summary>
/// Logs, traces, metrics and health checks. Call it after the document store is registered: it
/// wraps that store (whichever one was selected) with <see cref="InstrumentedDocumentStore"/>.
/// </summary>
public static class ObservabilityServiceCollectionExtensions
{
    /// <summary>When set (App Service gets it from the Bicep outputs), everything goes to Application Insights.</summary>
    public const string AzureMonitorSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary><c>Telemetry:Console=true</c> prints spans and metrics to stdout; off by default so local runs and tests stay readable.</summary>
    public const string ConsoleSetting = "Telemetry:Console";

    private const string InnerStoreKey = "TeamsMockBot.Observability.InnerStore";

    public static IHostApplicationBuilder AddObservability(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddMetrics();
        services.TryAddSingleton<BotMetrics>();
        AddConsoleLogging(builder);
        AddOpenTelemetry(builder);
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: [HealthEndpoints.ReadyTag], timeout: TimeSpan.FromSeconds(5));
        DecorateDocumentStore(services);
        return builder;
    }

    // Scopes carry the turn's ids (TurnLogScope), so the console must print them. Development keeps the
    // human-readable simple format (scopes on, one line per entry); everywhere else one JSON object per
    // line, which App Service log streams and log queries can parse.
    private static void AddConsoleLogging(IHostApplicationBuilder builder)
    {
        if (builder.Environment.IsDevelopment())
        {
            builder.Logging.AddSimpleConsole(o =>
            {
                o.IncludeScopes = true;
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
            });
        }
        else
        {
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }
    }

    private static void AddOpenTelemetry(IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var azureMonitor = !string.IsNullOrWhiteSpace(builder.Configuration[AzureMonitorSetting]);
        var console = builder.Configuration.GetValue<bool>(ConsoleSetting);

        services.Configure<AspNetCoreTraceInstrumentationOptions>(o => o.Filter = http => !HealthEndpoints.IsProbe(http.Request.Path));
        // Log records exported through OpenTelemetry (Azure Monitor) keep the turn's ids as attributes.
        services.Configure<OpenTelemetryLoggerOptions>(o =>
        {
            o.IncludeScopes = true;
            o.IncludeFormattedMessage = true;
        });

        var otel = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(Telemetry.Name, serviceVersion: typeof(Telemetry).Assembly.GetName().Version?.ToString()))
            .WithTracing(t => t.AddSource(Telemetry.Name))
            // Runtime metrics: .NET 9+ publishes them on the built-in "System.Runtime" meter, so no instrumentation package is needed.
            .WithMetrics(m => m.AddMeter(Telemetry.Name).AddMeter("System.Runtime"));

        if (azureMonitor)
        {
            // The distro brings ASP.NET Core and HttpClient instrumentation (incoming activities, outgoing
            // Teams and Graph calls) and exports traces, metrics and logs; it reads the connection string itself.
            otel.UseAzureMonitor();
            return;
        }

        // Without Azure Monitor the same instrumentation is added here, so spans and metrics exist for
        // the console exporter, for tests, and for any other listener (dotnet-counters, dotnet-trace).
        otel.WithTracing(t => t.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation());
        if (console)
        {
            otel.WithTracing(t => t.AddConsoleExporter()).WithMetrics(m => m.AddConsoleExporter());
        }
    }

    /// <summary>
    /// Replaces the registered <see cref="IDocumentStore"/> with the instrumented one around it. The
    /// original registration moves under a private key, unchanged, so the container still creates
    /// and disposes the real store exactly as before.
    /// </summary>
    private static void DecorateDocumentStore(IServiceCollection services)
    {
        var original = services.LastOrDefault(d => d.ServiceType == typeof(IDocumentStore) && !d.IsKeyedService)
            ?? throw new InvalidOperationException("Register the document store before AddObservability: it wraps the selected store.");
        services.Remove(original);
        services.Add(original switch
        {
            { ImplementationInstance: { } instance } => new ServiceDescriptor(typeof(IDocumentStore), InnerStoreKey, instance),
            { ImplementationFactory: { } factory } => new ServiceDescriptor(typeof(IDocumentStore), InnerStoreKey, (sp, _) => factory(sp), original.Lifetime),
            _ => new ServiceDescriptor(typeof(IDocumentStore), InnerStoreKey, original.ImplementationType!, original.Lifetime),
        });
        services.Add(new ServiceDescriptor(
            typeof(IDocumentStore),
            sp => new InstrumentedDocumentStore(sp.GetRequiredKeyedService<IDocumentStore>(InnerStoreKey), sp.GetRequiredService<BotMetrics>()),
            original.Lifetime));
    }
}
