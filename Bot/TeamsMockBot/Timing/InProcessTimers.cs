using TeamsMockBot.Domain.Timing;

namespace TeamsMockBot.Timing;

/// <summary>
/// The embedded default (folder store, one instance): timers wait in this process's
/// <see cref="DueTimeline{T}"/>. Nothing is lost on a restart: the timer entries in the store are
/// read once at start (<see cref="TimerRebuild"/>) and queued again.
/// </summary>
public sealed class InProcessTimers(DueTimeline<PendingTimer> waiting, TimerMetrics metrics, TimeProvider time) : ITimerTransport
{
    /// <summary>How long a timer whose handling failed waits before it is tried again.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    public Task EnqueueAsync(string sessionId, DueTimer due, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(due);
        metrics.QueueOperation("schedule");
        waiting.Schedule(new PendingTimer(sessionId, due, Redelivered: false), due.At);
        return Task.CompletedTask;
    }

    public Task CompleteAsync(PendingTimer timer, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task RetryLaterAsync(PendingTimer timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        waiting.Schedule(timer with { Redelivered = true }, time.GetUtcNow() + RetryDelay);
        return Task.CompletedTask;
    }
}
