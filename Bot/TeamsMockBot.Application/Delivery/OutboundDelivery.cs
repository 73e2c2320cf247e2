using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsMockBot.Application.Conversations;

namespace TeamsMockBot.Application.Delivery;

/// <summary>
/// Delivers everything sent outside the turn: each message is recorded in the <see cref="IOutbox"/>
/// first, then sent at once if possible, and otherwise by a later sweep on any instance — at least
/// once, and once per key. A claim (a short lease, taken with the record's version) keeps two
/// instances from sending the same message at the same time.
/// </summary>
public sealed partial class OutboundDelivery(
    IOutbox outbox, IChatMessenger messenger, IConversationDirectory conversations, IOptions<DeliveryOptions> options,
    TimeProvider time, ILogger<OutboundDelivery> logger)
{
    /// <summary>
    /// Records the messages (a repeat of a key is dropped), then tries to deliver them now. True when
    /// every one of them is delivered (now or before); false when some wait for a later attempt.
    /// </summary>
    public async Task<bool> SendAsync(IReadOnlyList<OutboundMessage> messages, CancellationToken cancellationToken)
    {
        var claimed = new Dictionary<string, OutboxClaim>(StringComparer.Ordinal);
        foreach (var message in messages)
        {
            if (!message.IsReplaceable)
            {
                await RecordAsync(message, cancellationToken).ConfigureAwait(false);
            }
            else if (await outbox.EnqueueClaimedAsync(message, time.GetUtcNow(), time.GetUtcNow() + options.Value.ClaimLease, cancellationToken).ConfigureAwait(false) is { } claim)
            {
                claimed[message.Key] = claim; // a card update with nothing waiting: recorded and claimed in one write
            }
        }

        var all = true;
        foreach (var message in messages)
        {
            var outcome = claimed.TryGetValue(message.Key, out var claim)
                ? await SendClaimedAsync(claim, cancellationToken).ConfigureAwait(false)
                : await TryDeliverAsync(message.Key, cancellationToken).ConfigureAwait(false);
            all &= outcome != DeliveryOutcome.Waiting;
        }

        return all;
    }

    /// <summary>Records the message without sending it yet; <see cref="DeliverRecordedAsync"/> sends it.</summary>
    public Task<bool> RecordAsync(OutboundMessage message, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(message, time.GetUtcNow(), cancellationToken);

    /// <summary>Tries now to deliver messages recorded before; true when every one of them is delivered (now or before).</summary>
    public async Task<bool> DeliverRecordedAsync(IReadOnlyList<OutboundMessage> messages, CancellationToken cancellationToken)
    {
        var all = true;
        foreach (var message in messages)
        {
            all &= await TryDeliverAsync(message.Key, cancellationToken).ConfigureAwait(false) != DeliveryOutcome.Waiting;
        }

        return all;
    }

    /// <summary>One sweep: delivers every due message. Returns how many were delivered.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var delivered = 0;
        await foreach (var key in outbox.DueAsync(time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            delivered += await TryDeliverAsync(key, cancellationToken).ConfigureAwait(false) == DeliveryOutcome.Delivered ? 1 : 0;
        }

        return delivered;
    }

    /// <summary>
    /// Claims, sends and completes one message. Failures never escape: the message stays recorded
    /// and the sweep tries again, so a turn that queued it still succeeds.
    /// </summary>
    private async Task<DeliveryOutcome> TryDeliverAsync(string key, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        OutboxClaim? claim;
        try
        {
            claim = await outbox.ClaimAsync(key, now, now + options.Value.ClaimLease, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogClaimFailed(logger, e, key);
            return DeliveryOutcome.Waiting;
        }

        if (claim is null)
        {
            // Delivered already; or it waits for its next attempt, or another instance (or the sweep) is
            // sending it right now: then nobody can say yet that it arrived.
            return await outbox.IsWaitingAsync(key, cancellationToken).ConfigureAwait(false) ? DeliveryOutcome.Waiting : DeliveryOutcome.DeliveredBefore;
        }

        return await SendClaimedAsync(claim, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DeliveryOutcome> SendClaimedAsync(OutboxClaim claim, CancellationToken cancellationToken)
    {
        try
        {
            await DeliverAsync(claim.Message, cancellationToken).ConfigureAwait(false);
            await outbox.CompleteAsync(claim, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            return DeliveryOutcome.Delivered;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await ReleaseAsync(claim, e, cancellationToken).ConfigureAwait(false);
            return DeliveryOutcome.Waiting;
        }
    }

    private async Task DeliverAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        if (message.Target == OutboundTarget.SessionCard)
        {
            if (await conversations.FindSessionCardAsync(message.TargetId, cancellationToken).ConfigureAwait(false) is { } card)
            {
                await messenger.UpdateMessageAsync(card, message.CardJson, message.SessionId, cancellationToken).ConfigureAwait(false);
            }

            return; // a session never shown in a chat (e.g. made through the API) has no card to update
        }

        if (message.Target == OutboundTarget.Chat)
        {
            var chat = message.Origin ?? throw new DeliveryFailedException($"Message {message.Key} names no chat to post in.", isPermanent: true, statusCode: null);
            await messenger.SendToChatAsync(chat, message.CardJson, message.SessionId, cancellationToken).ConfigureAwait(false);
            return;
        }

        var origin = message.Origin;
        if (origin is null && message.SessionId is { } sessionId)
        {
            origin = (await conversations.FindSessionCardAsync(sessionId, cancellationToken).ConfigureAwait(false))?.Chat;
        }

        await messenger.SendToPersonAsync(message.TargetId, origin, message.CardJson, message.SessionId, cancellationToken).ConfigureAwait(false);
    }

    private async Task ReleaseAsync(OutboxClaim claim, Exception failure, CancellationToken cancellationToken)
    {
        var attempts = claim.Attempts + 1;
        var reason = failure is DeliveryFailedException { StatusCode: { } status } ? $"status {status}" : failure.GetType().Name;
        try
        {
            if (failure is DeliveryFailedException { IsPermanent: true } || attempts >= options.Value.MaxAttempts)
            {
                LogGaveUp(logger, failure, claim.Message.Key, attempts, reason);
                await outbox.GiveUpAsync(claim, reason, cancellationToken).ConfigureAwait(false);
                return;
            }

            var delay = failure is DeliveryFailedException { RetryAfter: { } after } ? Min(after, options.Value.MaxRetryDelay) : RetryDelay(attempts);
            LogRetryLater(logger, claim.Message.Key, attempts, reason, (int)delay.TotalSeconds);
            await outbox.RetryLaterAsync(claim, time.GetUtcNow() + delay, reason, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The claim then simply runs out and the message is tried again; nothing is lost.
            LogReleaseFailed(logger, e, claim.Message.Key);
        }
    }

    /// <summary>
    /// Without a <c>Retry-After</c> from the platform (a throttled message waits exactly that long, so
    /// the card comes as soon as Teams takes it): doubling from <see cref="DeliveryOptions.FirstRetryDelay"/> with up to 20 % jitter so instances
    /// spread out, then capped: <see cref="DeliveryOptions.MaxRetryDelay"/> is the longest wait, jitter included.
    /// </summary>
    private TimeSpan RetryDelay(int attempts)
    {
        var first = options.Value.FirstRetryDelay;
        var jittered = first * Math.Pow(2, Math.Min(attempts - 1, 20)) * (1 + (Random.Shared.NextDouble() * 0.2));
        return jittered < options.Value.MaxRetryDelay ? jittered : options.Value.MaxRetryDelay;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private enum DeliveryOutcome
    {
        Delivered,

        /// <summary>Delivered earlier (a repeat of the key).</summary>
        DeliveredBefore,

        /// <summary>Recorded, and waiting for a later attempt or being sent by another instance.</summary>
        Waiting,
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {Key} not delivered (attempt {Attempt}, {Reason}); trying again in {DelaySeconds} s")]
    private static partial void LogRetryLater(ILogger logger, string key, int attempt, string reason, int delaySeconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Message {Key} set aside after {Attempt} attempt(s) ({Reason})")]
    private static partial void LogGaveUp(ILogger logger, Exception exception, string key, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not claim message {Key}; the sweep tries again")]
    private static partial void LogClaimFailed(ILogger logger, Exception exception, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record the failed attempt of message {Key}; its claim runs out and it is tried again")]
    private static partial void LogReleaseFailed(ILogger logger, Exception exception, string key);
}
