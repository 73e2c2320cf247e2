using Microsoft.Extensions.Options;
using TeamsMockBot.Application.Timing;

namespace TeamsMockBot.Timing;

/// <summary>
/// The one waiting loop: sleeps on the app's <see cref="TimeProvider"/> until the earliest timer in
/// <see cref="DueTimeline{T}"/> is due, then fires what is due, up to
/// <see cref="TimerOptions.MaxConcurrentFires"/> at once. A timer leaves its queue only after
/// <see cref="FireTimer"/> returned, so a crash while handling it brings it back.
/// </summary>
public sealed partial class TimerLoop(
    DueTimeline<PendingTimer> waiting, FireTimer fire, ITimerTransport queue, TimerMetrics metrics, IOptions<TimerOptions> options,
    TimeProvider time, ILogger<TimerLoop> logger) : BackgroundService
{
    /// <summary>Fires every timer due now, one after another (host tests, whose clock is fake, call this by hand). Returns how many announced or closed something.</summary>
    public async Task<int> FireDueAsync(CancellationToken cancellationToken)
    {
        var acted = 0;
        foreach (var timer in waiting.TakeDue())
        {
            acted += await HandleAsync(timer, cancellationToken).ConfigureAwait(false) is TimerFireOutcome.Announced or TimerFireOutcome.Closed ? 1 : 0;
        }

        return acted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var slots = new SemaphoreSlim(options.Value.MaxConcurrentFires);
        while (!stoppingToken.IsCancellationRequested)
        {
            IReadOnlyList<PendingTimer> due;
            try
            {
                due = await waiting.WaitDueAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            foreach (var timer in due)
            {
                await slots.WaitAsync(stoppingToken).ConfigureAwait(false);
                _ = Task.Run(async () =>
                {
                    try
                    {
                        await HandleAsync(timer, stoppingToken).ConfigureAwait(false);
                    }
                    finally
                    {
                        slots.Release();
                    }
                }, CancellationToken.None);
            }
        }
    }

    private async Task<TimerFireOutcome?> HandleAsync(PendingTimer timer, CancellationToken cancellationToken)
    {
        var firedAt = time.GetUtcNow();
        // The card update a timer queues never waits for Teams' rate limits here: what Teams or the
        // limiter holds back stays in the outbox (the latest content wins), and the timers behind it
        // fire on time instead of queuing behind one busy chat or the app's 50 calls a second.
        using var mode = Teams.TeamsCallMode.WithoutWaiting();
        try
        {
            var outcome = await fire.FireAsync(timer.SessionId, timer.Due, timer.Redelivered, cancellationToken).ConfigureAwait(false);
            if (outcome == TimerFireOutcome.NotYet)
            {
                waiting.Schedule(timer, timer.Due.At); // arrived early (e.g. a queue message): wait here for its moment
                return outcome;
            }

            metrics.Fired(timer.Due, outcome.ToString(), firedAt - timer.Due.At, time.GetUtcNow() - firedAt);
            await queue.CompleteAsync(timer, cancellationToken).ConfigureAwait(false);
            return outcome;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null; // shutting down: the timer comes back (queue) or is rebuilt at start (in process)
        }
        catch (Exception e)
        {
            // One broken session must not stop the others' timers; this one is tried again later.
            LogFireFailed(logger, e, timer.SessionId);
            metrics.Fired(timer.Due, "failed", firedAt - timer.Due.At, time.GetUtcNow() - firedAt);
            await RetryLaterAsync(timer, cancellationToken).ConfigureAwait(false);
            return null;
        }
    }

    private async Task RetryLaterAsync(PendingTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            await queue.RetryLaterAsync(timer, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFireFailed(logger, e, timer.SessionId); // a queue message then simply becomes visible again
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not fire the timer of session {SessionId}; it is tried again later")]
    private static partial void LogFireFailed(ILogger logger, Exception exception, string sessionId);
}
