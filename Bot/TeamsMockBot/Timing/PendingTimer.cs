using TeamsMockBot.Domain.Timing;

namespace TeamsMockBot.Timing;

/// <summary>
/// A timer taken from its queue and waiting in this process for its moment. With the Storage queue
/// it holds the message's id and pop receipt, so it can be deleted once handled.
/// </summary>
/// <param name="Redelivered">It may have been handled already by a process that died before removing it.</param>
public sealed record PendingTimer(string SessionId, DueTimer Due, bool Redelivered, string? MessageId = null, string? PopReceipt = null);
