using TeamsMockBot.Application.Delivery;

namespace TeamsMockBot.Storage;

/// <summary>A message waiting in the outbox, with its delivery attempts so far.</summary>
/// <param name="ClaimedUntil">While in the future, one instance is sending it and the others leave it alone.</param>
/// <param name="LastFailure">Why the last attempt failed: a status or an exception type, never message text.</param>
public sealed record OutboxEntry(
    OutboundMessage Message, DateTimeOffset EnqueuedAt, int Attempts, DateTimeOffset NextAttemptAt, DateTimeOffset? ClaimedUntil, string? LastFailure)
{
    public bool IsDue(DateTimeOffset now) => NextAttemptAt <= now && (ClaimedUntil is null || ClaimedUntil <= now);
}
