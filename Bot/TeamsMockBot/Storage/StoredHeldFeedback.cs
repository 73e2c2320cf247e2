using System.Runtime.CompilerServices;
using TeamsMockBot.Application.Feedback;

namespace TeamsMockBot.Storage;

/// <summary>
/// <see cref="IHeldFeedback"/> as one small document per peer mock still waiting for its
/// double-blind deadline (<c>held-feedback/{pairId}</c>). Only pairs that are waiting have one, and
/// each is forgotten once released, so the sweep's listing stays short.
/// </summary>
public sealed class StoredHeldFeedback(IDocumentStore store, StoreConflictRetry retry) : IHeldFeedback
{
    public Task HoldAsync(string pairId, DateTimeOffset releaseAt, CancellationToken cancellationToken) =>
        store.UpsertAsync(DocumentKeys.HeldFeedback(pairId), new HeldFeedbackEntry(pairId, releaseAt), retry, cancellationToken);

    public async IAsyncEnumerable<string> DueAsync(DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var key in store.ListKeysAsync(DocumentKeys.HeldFeedbackPrefix, cancellationToken).ConfigureAwait(false))
        {
            var entry = await store.ReadAsync<HeldFeedbackEntry>(key, cancellationToken).ConfigureAwait(false);
            if (entry is not null && entry.Value.ReleaseAt <= now)
            {
                yield return entry.Value.PairId;
            }
        }
    }

    public Task ForgetAsync(string pairId, CancellationToken cancellationToken) =>
        store.DeleteAsync(DocumentKeys.HeldFeedback(pairId), etag: null, cancellationToken);
}
