using Azure;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Options;
using TeamsMockBot.Application.Timing;
using TeamsMockBot.Timing;

namespace TeamsMockBot.Storage;

/// <summary>
/// With Azure Storage, on every instance: creates the timer queue at start, then takes messages as
/// they become visible (up to 32 per call; an idle instance looks every <see cref="TimerOptions.PollInterval"/>)
/// and hands each to the in-process <see cref="DueTimeline{T}"/>, which fires it at its exact moment.
/// The queue gives a message to one receiver at a time, so two instances do not fire it together;
/// if one dies holding it, the message becomes visible again and another instance fires it.
/// </summary>
public sealed partial class TimerQueueReceiver(
    QueuedTimers queue, DueTimeline<PendingTimer> waiting, IOptions<StorageOptions> storage, IOptions<TimerOptions> options,
    TimeProvider time, ILogger<TimerQueueReceiver> logger) : BackgroundService
{
    private const int BatchSize = 32;

    // Visibility delays run on the storage service's clock, which is real time whatever the app's
    // TimeProvider is (fake in host tests), so the poll waits on the real clock too.
    private static readonly TimeProvider QueueClock = TimeProvider.System;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!storage.Value.UsesBlobStorage)
        {
            return;
        }

        try
        {
            await queue.Client.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 403)
        {
            // An identity with data access only may not create queues; the one deployed by infra is enough.
            if (!await queue.Client.ExistsAsync(cancellationToken).ConfigureAwait(false))
            {
                throw;
            }
        }

        LogQueue(logger, queue.Client.Name);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var received = await queue.CallAsync("receive", () => queue.Client.ReceiveMessagesAsync(BatchSize, queue.Hold, stoppingToken)).ConfigureAwait(false);
                foreach (var message in received.Value)
                {
                    await TakeAsync(message, stoppingToken).ConfigureAwait(false);
                }

                if (received.Value.Length == BatchSize)
                {
                    continue; // more may be visible already
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogReceiveFailed(logger, e); // the queue is down: look again after the poll interval
            }

            try
            {
                await Task.Delay(options.Value.PollInterval, QueueClock, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task TakeAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        if (TimerMessage.Parse(message.Body.ToString()) is not { } timer)
        {
            LogUnreadable(logger, message.MessageId);
            await queue.DeleteAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (timer.Due.At - time.GetUtcNow() > queue.Hold - TimeSpan.FromSeconds(5))
        {
            // Too early to hold until its moment (due beyond the 7-day cap, or clocks apart): back into the queue.
            await queue.PostponeAsync(message.MessageId, message.PopReceipt, timer, cancellationToken).ConfigureAwait(false);
            return;
        }

        waiting.Schedule(new PendingTimer(timer.SessionId, timer.Due, message.DequeueCount > 1, message.MessageId, message.PopReceipt), timer.Due.At);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Durable timers use the storage queue {Queue}")]
    private static partial void LogQueue(ILogger logger, string queue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not receive timer messages; trying again after the poll interval")]
    private static partial void LogReceiveFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Timer message {MessageId} is not a timer; deleted")]
    private static partial void LogUnreadable(ILogger logger, string messageId);
}
