using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using TeamsMockBot.Observability;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Observability;

/// <summary>
/// The host's OpenTelemetry pipeline, seen through an in-memory exporter added next to whatever the
/// host configured: incoming requests, our spans and outgoing Teams calls in one trace; our meter,
/// ASP.NET Core's and HttpClient's in the metrics. (The Azure Monitor branch is not started here: its
/// exporter would try to reach Azure.)
/// </summary>
public sealed class OpenTelemetryWiringTests : HostTest
{
    private readonly List<Activity> exportedSpans = [];
    private readonly List<Metric> exportedMetrics = [];

    [Fact]
    public async Task Turn_ExportsOneTraceFromTheIncomingRequestToTheTeamsCall_AndOurMetrics()
    {
        await using var connector = new LoopbackConnector();
        await using var app = Host.WithWebHostBuilder(b => b.ConfigureServices(services => services
            .ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(exportedSpans))
            .ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(exportedMetrics))
            // After BotHost's capture: the reply goes through the real socket handler, to the loopback connector.
            .ConfigureAll<HttpClientFactoryOptions>(o => o.HttpMessageHandlerBuilderActions.Add(h => h.PrimaryHandler = new SocketsHttpHandler()))));
        var message = PersonalMessage(Student, "help");
        message["serviceUrl"] = connector.ServiceUrl;
        using var client = app.CreateClient();
        using var content = new StringContent(message.ToJsonString(), Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/messages", content);
        using var probe = await client.GetAsync("/readyz");

        Assert.Equal(200, (int)response.StatusCode);
        app.Services.GetRequiredService<TracerProvider>().ForceFlush();
        app.Services.GetRequiredService<MeterProvider>().ForceFlush();
        Activity[] spans;
        lock (exportedSpans)
        {
            spans = [.. exportedSpans];
        }

        var turn = Assert.Single(spans, s => Equals(s.GetTagItem("teamsmockbot.activity.id"), message["id"]!.GetValue<string>()));
        var trace = spans.Where(s => s.TraceId == turn.TraceId).ToList();
        Assert.Contains(trace, s => s.Source.Name == "Microsoft.AspNetCore" && s.Kind == ActivityKind.Server && s.SpanId == turn.ParentSpanId);
        Assert.Contains(trace, s => s.Source.Name == Telemetry.Name && s.DisplayName.StartsWith("store ", StringComparison.Ordinal));
        Assert.Contains(trace, s => s.Source.Name == "System.Net.Http" && s.Kind == ActivityKind.Client
            && Equals(s.GetTagItem("http.response.status_code"), 200) && (s.GetTagItem("url.full") as string)?.StartsWith(connector.ServiceUrl, StringComparison.Ordinal) == true);
        // Health probes are left out of traces.
        Assert.DoesNotContain(spans, s => s.Source.Name == "Microsoft.AspNetCore" && (s.GetTagItem("url.path") as string) == "/readyz");

        var metricNames = exportedMetrics.Select(m => m.Name).ToHashSet();
        Assert.Superset(
            new HashSet<string> { Telemetry.TurnsCounter, Telemetry.TurnDurationHistogram, Telemetry.StoreOperationsCounter, "http.server.request.duration", "http.client.request.duration" },
            metricNames);
    }

    [Theory]
    [InlineData("Development", "simple")]
    [InlineData("Production", "json")]
    public async Task ConsoleLogs_IncludeScopes_ReadableInDevelopment_JsonElsewhere(string environment, string formatter)
    {
        await using var app = Host.WithWebHostBuilder(b => b.UseEnvironment(environment));

        Assert.Equal(formatter, app.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName);
        var includeScopes = formatter == "json"
            ? app.Services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue.IncludeScopes
            : app.Services.GetRequiredService<IOptionsMonitor<SimpleConsoleFormatterOptions>>().CurrentValue.IncludeScopes;
        Assert.True(includeScopes);
    }
}
