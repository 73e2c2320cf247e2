using Microsoft.Extensions.Options;

namespace TeamsMockBot.Privacy;

/// <summary>Runs <see cref="RetentionSweep"/> on the injected clock; a failed pass is logged and retried next time.</summary>
public sealed partial class RetentionSweepService(RetentionSweep sweep, TimeProvider time, IOptions<PrivacyOptions> options, ILogger<RetentionSweepService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RetentionSweepEnabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.RetentionSweepInterval, time);
        do
        {
            try
            {
                await sweep.RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention sweep failed; it runs again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
