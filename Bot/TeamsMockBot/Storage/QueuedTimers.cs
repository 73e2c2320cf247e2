using Azure;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;
using TeamsMockBot.Application.Persistence;
using TeamsMockBot.Application.Timing;
using TeamsMockBot.Domain.Timing;
using TeamsMockBot.Timing;

namespace TeamsMockBot.Storage;

/// <summary>
/// With Azure Storage: every scheduled timer is one queue message made visible shortly before it is
/// due (<see cref="Lead"/>); any instance receives it (<see cref="TimerQueueReceiver"/>), holds it until
/// its moment and deletes it only once handled, so a crash makes it visible again. The service caps
/// the delay at 7 days; a timer due later is made invisible again when it shows up early.
/// </summary>
public sealed class QueuedTimers(IOptions<StorageOptions> storage, IOptions<TimerOptions> timers, TimerMetrics metrics, TimeProvider time) : ITimerTransport
{
    /// <summary>The longest visibility delay Azure Storage accepts, less a margin.</summary>
    public static readonly TimeSpan MaxVisibilityDelay = TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1);

    // Never expire: a message must outlive its longest visibility delay.
    private static readonly TimeSpan NoExpiry = TimeSpan.FromSeconds(-1);

    private readonly Lazy<QueueClient> _client = new(() => TimerQueues.Connect(storage.Value));

    public QueueClient Client => _client.Value;

    /// <summary>How long before its due time a message becomes visible: one poll and a second of rounding (the service counts whole seconds).</summary>
    public TimeSpan Lead => timers.Value.PollInterval + TimeSpan.FromSeconds(1);

    /// <summary>How long a received message stays invisible while this instance holds and handles it.</summary>
    public TimeSpan Hold => TimeSpan.FromSeconds(30) + (Lead * 2);

    public async Task EnqueueAsync(string sessionId, DueTimer due, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(due);
        await CallAsync("send", () => Client.SendMessageAsync(new TimerMessage(sessionId, due).ToJson(), DelayFor(due), NoExpiry, cancellationToken)).ConfigureAwait(false);
    }

    public Task CompleteAsync(PendingTimer timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        return timer is { MessageId: { } id, PopReceipt: { } receipt } ? DeleteAsync(id, receipt, cancellationToken) : Task.CompletedTask;
    }

    public async Task DeleteAsync(string messageId, string popReceipt, CancellationToken cancellationToken)
    {
        try
        {
            await CallAsync("delete", () => Client.DeleteMessageAsync(messageId, popReceipt, cancellationToken)).ConfigureAwait(false);
        }
        catch (StorageUnavailableException e) when (e.InnerException is RequestFailedException { Status: 404 or 400 })
        {
            // Held past its invisibility: another receive owns it now and will find it stale.
        }
    }

    /// <summary>Nothing to do: the message becomes visible again when its hold runs out.</summary>
    public Task RetryLaterAsync(PendingTimer timer, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Makes a message that showed up long before its time invisible until shortly before it.</summary>
    public async Task PostponeAsync(string messageId, string popReceipt, TimerMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await CallAsync("update", () => Client.UpdateMessageAsync(messageId, popReceipt, message.ToJson(), DelayFor(message.Due), cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Calls the queue, counting the operation; a failure surfaces as <see cref="StorageUnavailableException"/> like every store failure.</summary>
    public async Task<T> CallAsync<T>(string operation, Func<Task<T>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        metrics.QueueOperation(operation);
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (RequestFailedException e)
        {
            throw new StorageUnavailableException($"timer queue {Client.Name}", $"{operation} failed with {e.Status} {e.ErrorCode}", e);
        }
    }

    private TimeSpan DelayFor(DueTimer due)
    {
        var delay = due.At - time.GetUtcNow() - Lead;
        return delay <= TimeSpan.Zero ? TimeSpan.Zero : delay < MaxVisibilityDelay ? delay : MaxVisibilityDelay;
    }
}
