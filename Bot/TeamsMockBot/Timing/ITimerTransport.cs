using TeamsMockBot.Domain.Timing;

namespace TeamsMockBot.Timing;

/// <summary>
/// Where scheduled timers wait until they are due: in this process (folder store, one instance) or
/// as Azure Storage Queue messages with a visibility delay (every instance, survives a crash).
/// </summary>
public interface ITimerTransport
{
    Task EnqueueAsync(string sessionId, DueTimer due, CancellationToken cancellationToken);

    /// <summary>The timer was handled (or found stale): it must not come back.</summary>
    Task CompleteAsync(PendingTimer timer, CancellationToken cancellationToken);

    /// <summary>Handling failed (e.g. the store was down): the timer comes back a little later.</summary>
    Task RetryLaterAsync(PendingTimer timer, CancellationToken cancellationToken);
}
