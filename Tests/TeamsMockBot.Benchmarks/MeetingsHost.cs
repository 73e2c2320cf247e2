using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using TeamsMockBot.Domain.Questions;

namespace TeamsMockBot.Benchmarks;

/// <summary>
/// The real host in memory on the real clock for the meetings benchmark: file store in a temp folder,
/// the timer and delivery sweeps on (every second, the shortest each allows), the rate limiter on,
/// every Teams call answered by <see cref="MeetingsConnector"/>. The one what-if: every question of the
/// built-in bank gets <paramref name="questionTime"/> instead of minutes, so ten questions fit in a run.
/// </summary>
internal sealed class MeetingsHost(TimeSpan questionTime) : WebApplicationFactory<Program>
{
    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "tmb-meetings-" + Guid.NewGuid().ToString("N"));

    public MeetingsConnector Teams { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.UseSetting("Timers:Enabled", "true");
        builder.UseSetting("Delivery:SweepInterval", "00:00:01");
        builder.UseSetting("Delivery:FirstRetryDelay", "00:00:01");
        builder.UseSetting("Privacy:RetentionSweepEnabled", "false");
        builder.ConfigureLogging(logging => logging.ClearProviders());
        builder.ConfigureServices(services =>
        {
            services.AddTransient<IStartupFilter, EchoEndpoint>(); // among others, says the in-memory requests come from this machine
            services.ConfigureAll<HttpClientFactoryOptions>(o => o.HttpMessageHandlerBuilderActions.Add(b => b.PrimaryHandler = Teams));
            services.RemoveAll<QuestionBank>();
            services.AddSingleton(new QuestionBank(QuestionBank.BuiltIn.All.Select(q => q with { TimeAllowed = questionTime })));
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
