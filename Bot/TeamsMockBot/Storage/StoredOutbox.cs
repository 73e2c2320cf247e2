using System.Runtime.CompilerServices;
using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Application.Persistence;

namespace TeamsMockBot.Storage;

/// <summary>
/// <see cref="IOutbox"/> in the document store. A waiting message is <c>outbox/pending/{hash}</c>;
/// once delivered, a content-free mark <c>outbox/sent/{hash}</c> is written <em>before</em> the
/// pending entry is deleted, so a repeat of the key queued at any moment is recognised: either the
/// pending entry still exists (the create conflicts) or the mark does.
/// </summary>
public sealed class StoredOutbox(IDocumentStore store, StoreConflictRetry retry) : IOutbox
{
    public async Task<bool> EnqueueAsync(OutboundMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = DocumentKeys.OutboxPending(message.Key);
        var entry = new OutboxEntry(message, now, 0, now, null, null);
        if (message.IsReplaceable)
        {
            await ReplaceContentAsync(key, entry, cancellationToken).ConfigureAwait(false);
            return true;
        }

        try
        {
            await store.CreateAsync(key, entry, cancellationToken).ConfigureAwait(false);
        }
        catch (DocumentConflictException)
        {
            return false; // waiting already
        }

        if (await WasSentAsync(message, cancellationToken).ConfigureAwait(false))
        {
            await store.DeleteAsync(key, etag: null, cancellationToken).ConfigureAwait(false);
            return false;
        }

        return true;
    }

    public async Task<OutboxClaim?> EnqueueClaimedAsync(OutboundMessage message, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        if (!message.IsReplaceable)
        {
            await EnqueueAsync(message, now, cancellationToken).ConfigureAwait(false);
            return null;
        }

        var key = DocumentKeys.OutboxPending(message.Key);
        var entry = new OutboxEntry(message, now, 0, now, null, null);
        try
        {
            var etag = await store.CreateAsync(key, entry with { ClaimedUntil = until }, cancellationToken).ConfigureAwait(false);
            return new OutboxClaim(message, 0, etag);
        }
        catch (DocumentConflictException)
        {
            await ReplaceWaitingContentAsync(key, entry, cancellationToken).ConfigureAwait(false);
            return null;
        }
    }

    public async IAsyncEnumerable<string> DueAsync(DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        await foreach (var key in store.ListKeysAsync(DocumentKeys.OutboxPendingPrefix, cancellationToken).ConfigureAwait(false))
        {
            keys.Add(key);
        }

        foreach (var key in keys)
        {
            if (await store.ReadAsync<OutboxEntry>(key, cancellationToken).ConfigureAwait(false) is { } entry && entry.Value.IsDue(now))
            {
                yield return entry.Value.Message.Key;
            }
        }
    }

    public async Task<bool> IsWaitingAsync(string key, CancellationToken cancellationToken) =>
        await store.ReadAsync<OutboxEntry>(DocumentKeys.OutboxPending(key), cancellationToken).ConfigureAwait(false) is not null;

    public async Task<OutboxClaim?> ClaimAsync(string key, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var pendingKey = DocumentKeys.OutboxPending(key);
        var entry = await store.ReadAsync<OutboxEntry>(pendingKey, cancellationToken).ConfigureAwait(false);
        if (entry is null || !entry.Value.IsDue(now))
        {
            return null;
        }

        if (await WasSentAsync(entry.Value.Message, cancellationToken).ConfigureAwait(false))
        {
            await store.DeleteAsync(pendingKey, entry.ETag, cancellationToken).ConfigureAwait(false);
            return null; // a repeat that slipped in while the first was being marked sent
        }

        try
        {
            var etag = await store.ReplaceAsync(pendingKey, entry.Value with { ClaimedUntil = until }, entry.ETag, cancellationToken).ConfigureAwait(false);
            return new OutboxClaim(entry.Value.Message, entry.Value.Attempts, etag);
        }
        catch (DocumentConflictException)
        {
            return null; // another instance claimed it (or new content arrived) first
        }
    }

    public async Task CompleteAsync(OutboxClaim claim, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!claim.Message.IsReplaceable)
        {
            await store.UpsertAsync(DocumentKeys.OutboxSent(claim.Message.Key), new OutboxSentMark(now), retry, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await store.DeleteAsync(DocumentKeys.OutboxPending(claim.Message.Key), claim.Version, cancellationToken).ConfigureAwait(false);
        }
        catch (DocumentConflictException)
        {
            // Newer content for a replaceable message arrived while this was sent: it stays waiting, free to take.
            await EndReplacedClaimAsync(claim, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// New content for a waiting update. A claim in progress is kept, so the older content being sent
    /// cannot land after the newer one; completing that claim frees the entry for the newer content.
    /// </summary>
    private async Task ReplaceContentAsync(string key, OutboxEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            await store.CreateAsync(key, entry, cancellationToken).ConfigureAwait(false);
        }
        catch (DocumentConflictException)
        {
            await ReplaceWaitingContentAsync(key, entry, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ReplaceWaitingContentAsync(string key, OutboxEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            await store.UpdateAsync<OutboxEntry>(key, current => entry with { ClaimedUntil = current.ClaimedUntil }, retry, cancellationToken).ConfigureAwait(false);
        }
        catch (DocumentNotFoundException)
        {
            await store.UpsertAsync(key, entry, retry, cancellationToken).ConfigureAwait(false); // delivered and removed in between
        }
    }

    public Task RetryLaterAsync(OutboxClaim claim, DateTimeOffset nextAttemptAt, string reason, CancellationToken cancellationToken) =>
        ReleaseAsync(claim, e => e with { Attempts = claim.Attempts + 1, NextAttemptAt = nextAttemptAt, ClaimedUntil = null, LastFailure = reason }, cancellationToken);

    public async Task GiveUpAsync(OutboxClaim claim, string reason, CancellationToken cancellationToken)
    {
        var pendingKey = DocumentKeys.OutboxPending(claim.Message.Key);
        if (await store.ReadAsync<OutboxEntry>(pendingKey, cancellationToken).ConfigureAwait(false) is not { } entry)
        {
            return; // forgotten meanwhile
        }

        if (entry.ETag != claim.Version)
        {
            await EndReplacedClaimAsync(claim, cancellationToken).ConfigureAwait(false); // new content: it gets its own attempts
            return;
        }

        await store.UpsertAsync(DocumentKeys.OutboxFailed(claim.Message.Key), entry.Value with { Attempts = claim.Attempts + 1, ClaimedUntil = null, LastFailure = reason }, retry, cancellationToken).ConfigureAwait(false);
        await store.DeleteAsync(pendingKey, entry.ETag, cancellationToken).ConfigureAwait(false);
    }

    public Task ForgetPersonAsync(string personId, CancellationToken cancellationToken) =>
        ForgetAsync(m => m.Target == OutboundTarget.PersonalChat && m.TargetId == personId, cancellationToken);

    public Task ForgetSessionAsync(string sessionId, CancellationToken cancellationToken) =>
        ForgetAsync(m => m.SessionId == sessionId, cancellationToken);

    private async Task<bool> WasSentAsync(OutboundMessage message, CancellationToken cancellationToken) =>
        !message.IsReplaceable
        && await store.ReadAsync<OutboxSentMark>(DocumentKeys.OutboxSent(message.Key), cancellationToken).ConfigureAwait(false) is not null;

    private async Task ReleaseAsync(OutboxClaim claim, Func<OutboxEntry, OutboxEntry> change, CancellationToken cancellationToken)
    {
        var pendingKey = DocumentKeys.OutboxPending(claim.Message.Key);
        if (await store.ReadAsync<OutboxEntry>(pendingKey, cancellationToken).ConfigureAwait(false) is not { } entry)
        {
            return; // forgotten meanwhile
        }

        try
        {
            if (entry.ETag == claim.Version)
            {
                await store.ReplaceAsync(pendingKey, change(entry.Value), entry.ETag, cancellationToken).ConfigureAwait(false);
                return;
            }
        }
        catch (DocumentConflictException)
        {
            // Replaced in between; same as below.
        }

        await EndReplacedClaimAsync(claim, cancellationToken).ConfigureAwait(false); // new content replaced it: due now, with fresh attempts
    }

    /// <summary>
    /// New content for a replaceable message arrived while this claim was out, and kept the claim so
    /// the older content could not land after it (<see cref="ReplaceContentAsync"/>). The attempt is
    /// over, so the claim ends here and the new content is due at once, not when the lease runs out.
    /// For any other message a changed version means another instance took over after the lease ran
    /// out: its claim stands.
    /// </summary>
    private async Task EndReplacedClaimAsync(OutboxClaim claim, CancellationToken cancellationToken)
    {
        if (!claim.Message.IsReplaceable)
        {
            return;
        }

        try
        {
            await store.UpdateAsync<OutboxEntry>(DocumentKeys.OutboxPending(claim.Message.Key), e => e with { ClaimedUntil = null }, retry, cancellationToken).ConfigureAwait(false);
        }
        catch (DocumentNotFoundException)
        {
            // Delivered or forgotten in between.
        }
    }

    /// <summary>Waiting and set-aside messages are few (delivered ones leave no content behind), so they are looked at one by one.</summary>
    private async Task ForgetAsync(Func<OutboundMessage, bool> matches, CancellationToken cancellationToken)
    {
        foreach (var prefix in new[] { DocumentKeys.OutboxPendingPrefix, DocumentKeys.OutboxFailedPrefix })
        {
            var keys = new List<string>();
            await foreach (var key in store.ListKeysAsync(prefix, cancellationToken).ConfigureAwait(false))
            {
                keys.Add(key);
            }

            foreach (var key in keys)
            {
                if (await store.ReadAsync<OutboxEntry>(key, cancellationToken).ConfigureAwait(false) is { } entry && matches(entry.Value.Message))
                {
                    await store.DeleteAsync(key, etag: null, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }
}
