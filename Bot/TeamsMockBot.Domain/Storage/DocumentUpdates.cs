namespace TeamsMockBot.Domain.Storage;

/// <summary>
/// The load → apply → save loop with bounded retry. <c>apply</c> must be a pure function of the
/// document it is given: on a conflict it runs again on the fresh copy, so nothing is lost and
/// nothing applied twice.
/// </summary>
public static class DocumentUpdates
{
    public const int MaxAttempts = 12;

    public static async Task<StoredDocument<T>> UpdateAsync<T>(
        this IDocumentStore store, string key, Func<T, T> apply, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await store.ReadAsync<T>(key, cancellationToken).ConfigureAwait(false)
                ?? throw new DocumentNotFoundException(key);
            var updated = apply(current.Value);
            if (ReferenceEquals(updated, current.Value) || Equals(updated, current.Value))
            {
                return current;
            }

            try
            {
                var etag = await store.ReplaceAsync(key, updated, current.ETag, cancellationToken).ConfigureAwait(false);
                return new StoredDocument<T>(updated, etag);
            }
            catch (DocumentConflictException) when (attempt < MaxAttempts)
            {
                // Someone else won the race: back off (jittered, doubling up to 200 ms, under 1.5 s in all)
                // and re-apply to their version. A linear 10 ms step let one of 50 parallel writers run out of attempts.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 1 + Math.Min(200, 4 << attempt))), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Writes <paramref name="value"/> whether or not the document exists (last writer wins).</summary>
    public static async Task UpsertAsync<T>(this IDocumentStore store, string key, T value, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var current = await store.ReadAsync<T>(key, cancellationToken).ConfigureAwait(false);
                if (current is null)
                {
                    await store.CreateAsync(key, value, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await store.ReplaceAsync(key, value, current.ETag, cancellationToken).ConfigureAwait(false);
                }

                return;
            }
            catch (DocumentConflictException) when (attempt < MaxAttempts)
            {
            }
        }
    }
}
