namespace TeamsMockBot.Application.Delivery;

/// <summary>
/// Messages waiting to be delivered, kept in the store before they are sent: at least once, across
/// restarts and instances, and never twice for one key.
/// </summary>
public interface IOutbox
{
    /// <summary>
    /// Records the message. False when that key is already waiting or was delivered (a repeat);
    /// a replaceable message instead replaces the waiting content.
    /// </summary>
    Task<bool> EnqueueAsync(OutboundMessage message, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Records a replaceable message already claimed until <paramref name="until"/>, in one write, when
    /// nothing of its key is waiting (the usual case for a card update: no separate claim). When something
    /// is waiting, its content is replaced as <see cref="EnqueueAsync"/> does and the result is null: claim it as usual.
    /// </summary>
    Task<OutboxClaim?> EnqueueClaimedAsync(OutboundMessage message, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Keys of messages due at <paramref name="now"/> and not claimed by anyone.</summary>
    IAsyncEnumerable<string> DueAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>True until the message is delivered or set aside: waiting for an attempt, or being sent by an instance right now.</summary>
    Task<bool> IsWaitingAsync(string key, CancellationToken cancellationToken);

    /// <summary>Claims the message until <paramref name="until"/>; null when it is gone, delivered, not due or claimed by another.</summary>
    Task<OutboxClaim?> ClaimAsync(string key, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Records the delivery. A replaceable message that changed meanwhile stays waiting with its new content.</summary>
    Task CompleteAsync(OutboxClaim claim, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Gives the claim back, to try again at <paramref name="nextAttemptAt"/>.</summary>
    Task RetryLaterAsync(OutboxClaim claim, DateTimeOffset nextAttemptAt, string reason, CancellationToken cancellationToken);

    /// <summary>Stops trying: the message is set aside (kept for a look, no longer due).</summary>
    Task GiveUpAsync(OutboxClaim claim, string reason, CancellationToken cancellationToken);

    /// <summary>Removes waiting messages to or about the person ("delete my data").</summary>
    Task ForgetPersonAsync(string personId, CancellationToken cancellationToken);

    /// <summary>Removes waiting messages of a deleted session.</summary>
    Task ForgetSessionAsync(string sessionId, CancellationToken cancellationToken);
}
