using Microsoft.Extensions.Options;
using TeamsMockBot.Application.Timing;
using TeamsMockBot.Storage;

namespace TeamsMockBot.Timing;

/// <summary>
/// Durable timers: with Azure Storage each due timer is a queue message (<see cref="QueuedTimers"/>,
/// every instance receives); with the folder store they wait in this process (<see cref="InProcessTimers"/>,
/// rebuilt from the store at start). Either way one <see cref="TimerLoop"/> fires them at their moment.
/// </summary>
public static class TimerServiceCollectionExtensions
{
    public static IServiceCollection AddDurableTimers(this IServiceCollection services)
    {
        services.AddOptions<TimerOptions>().BindConfiguration(TimerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TimerMetrics>();
        services.AddSingleton(sp => new DueTimeline<PendingTimer>(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<StoredTimers>();
        services.AddSingleton<QueuedTimers>();
        services.AddSingleton<InProcessTimers>();
        services.AddSingleton<ITimerTransport>(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value.UsesBlobStorage
            ? sp.GetRequiredService<QueuedTimers>()
            : sp.GetRequiredService<InProcessTimers>());
        services.AddSingleton<ITimerScheduler, TimerScheduler>();
        services.AddSingleton<FireTimer>();
        services.AddSingleton<TimerLoop>();

        // After the store's own start-up (container, indexes): the queue exists, or the timers are queued again, before the loop runs.
        services.AddHostedService<TimerQueueReceiver>();
        services.AddHostedService<TimerRebuild>();
        services.AddHostedService(sp => sp.GetRequiredService<TimerLoop>());
        return services;
    }
}
