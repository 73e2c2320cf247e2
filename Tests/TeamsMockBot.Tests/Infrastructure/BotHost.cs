using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Application.Feedback;
using TeamsMockBot.Application.Persistence;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Storage;
using TeamsMockBot.Timing;

namespace TeamsMockBot.Tests.Infrastructure;

/// <summary>
/// The real bot host in memory: real storage in a temp folder, a fake clock, and every outgoing
/// Teams call captured. Two hosts given the same <see cref="DataPath"/> behave like two instances
/// (or one instance before and after a restart).
/// </summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    /// <param name="settings">Extra configuration, e.g. <c>Storage:BlobConnectionString</c> to run on Azurite.</param>
    public BotHost(string? dataPath = null, FakeTimeProvider? time = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        DataPath = dataPath ?? Path.Combine(Path.GetTempPath(), "tmb-tests-" + Guid.NewGuid().ToString("N"));
        Time = time ?? new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero));
        Settings = settings ?? new Dictionary<string, string>();
        Teams.Clock = Time;
    }

    public string DataPath { get; }

    public FakeTimeProvider Time { get; }

    public IReadOnlyDictionary<string, string> Settings { get; }

    public TeamsConnectorCapture Teams { get; } = new();

    /// <summary>Where requests seem to come from: loopback unless a test says otherwise.</summary>
    public CallerAddress Caller { get; } = new();

    /// <summary>
    /// With authentication on: called with each activity before it is posted; may change it (e.g. its
    /// serviceUrl) and returns the Authorization header to send, as the Bot Connector would.
    /// </summary>
    public Func<JsonNode, string?>? Authorize { get; set; }

    /// <summary>Extra service registrations (fakes for what cannot run here), applied after the host's own; set before the host starts.</summary>
    public Action<IServiceCollection>? TestServices { get; set; }

    /// <summary>Everything the host logged, for tests that check what an operator would see.</summary>
    public FakeLogCollector Logs => Services.GetRequiredService<FakeLogCollector>();

    public IDocumentStore Store => Services.GetRequiredService<IDocumentStore>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.UseSetting("Timers:Enabled", "false");
        builder.UseSetting("Privacy:RetentionSweepEnabled", "false");
        builder.UseSetting("Delivery:SweepEnabled", "false");
        builder.UseSetting("Peer:ReleaseSweepEnabled", "false");
        builder.UseSetting("Teams:RetryDelay", "00:00:00"); // retries happen at once: the clock is fake and never moves by itself
        builder.UseSetting("Teams:RateLimitsEnabled", "false"); // likewise: a frozen clock never frees a permit; RateLimitTests turn it on
        // Last, so a test's own settings win over the defaults above.
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);

            // A write that lost an ETag race backs off on the real clock: the fake one never moves by itself,
            // and two hosts on one container race for real (TwoHostsOnOneContainerTests), where backing off matters.
            services.RemoveAll<StoreConflictRetry>();
            services.AddSingleton(new StoreConflictRetry(TimeProvider.System));

            services.AddFakeLogging();
            services.AddSingleton<IStartupFilter>(Caller);
            services.ConfigureAll<HttpClientFactoryOptions>(o => o.HttpMessageHandlerBuilderActions.Add(b => b.PrimaryHandler = Teams));
            TestServices?.Invoke(services);
        });
    }

    /// <summary>POSTs an activity to /api/messages as Teams would.</summary>
    public async Task<HttpResponseMessage> PostActivityAsync(JsonNode activity)
    {
        using var client = CreateClient();
        var authorization = Authorize?.Invoke(activity);
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await client.SendAsync(request);
    }

    /// <summary>POSTs an <c>adaptiveCard/action</c> invoke and returns the card in the invoke response.</summary>
    public async Task<JsonNode> InvokeAsync(JsonNode activity)
    {
        using var response = await PostActivityAsync(activity);
        Assert.Equal(200, (int)response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonNode>();
        Assert.Equal("application/vnd.microsoft.card.adaptive", body?["type"]?.GetValue<string>());
        return body!["value"]!;
    }

    public async Task<MockSession?> SessionAsync(string sessionId) =>
        (await Store.ReadAsync<MockSession>(DocumentKeys.Session(sessionId), CancellationToken.None))?.Value;

    /// <summary>Fires every timer due at the fake clock's now, as the background timer loop would (it is off in host tests). Returns how many announced or closed something.</summary>
    public Task<int> FireDueTimersAsync() => Services.GetRequiredService<TimerLoop>().FireDueAsync(CancellationToken.None);

    /// <summary>One pass of the delivery sweep, as the background service runs it every few seconds.</summary>
    public Task<int> DeliverWaitingAsync() => Services.GetRequiredService<OutboundDelivery>().RunOnceAsync(CancellationToken.None);

    /// <summary>One pass of the peer feedback release sweep (double-blind deadlines).</summary>
    public Task<int> ReleaseHeldFeedbackAsync() => Services.GetRequiredService<ReleaseHeldFeedback>().RunOnceAsync(CancellationToken.None);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Teams.Dispose();
    }

    /// <summary>
    /// Starts a host with <paramref name="settings"/> that must refuse to start, and returns why.
    /// When the app's start fails, WebApplicationFactory can lose the race with the host's disposal
    /// and report an <see cref="ObjectDisposedException"/> instead of the real error
    /// (dotnet/aspnetcore#33494); that is the test harness, not the bot, so it starts again.
    /// </summary>
    public static async Task<Exception> StartFailureAsync(IReadOnlyDictionary<string, string> settings)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var host = new BotHost(settings: settings);
            try
            {
                _ = host.Services;
            }
            catch (ObjectDisposedException) when (attempt < 5)
            {
                continue;
            }
            catch (Exception e)
            {
                return e;
            }
            finally
            {
                host.DeleteData();
            }

            throw new Xunit.Sdk.XunitException("The host started, but these settings should have stopped it.");
        }
    }

    /// <summary>Deletes the data folder; call once the last host using it is gone.</summary>
    public void DeleteData()
    {
        if (Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }
    }
}
