using System.Runtime.CompilerServices;
using TeamsMockBot.Application.Persistence;

namespace TeamsMockBot.Storage;

/// <summary>
/// The load → apply → save loop with bounded retry. <c>apply</c> must be a pure function of the
/// document it is given: on a conflict it runs again on the fresh copy, so nothing is lost and
/// nothing applied twice. Within one process, writers of the same key through the same store take
/// turns (<see cref="KeyedGate"/>), so retries are only spent on writers in other processes.
/// </summary>
public static class DocumentUpdates
{
    public const int MaxAttempts = 12;

    private static readonly ConditionalWeakTable<IDocumentStore, KeyedGate> Gates = new();

    public static async Task<StoredDocument<T>> UpdateAsync<T>(
        this IDocumentStore store, string key, Func<T, T> apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(apply);
        using var turn = await Gates.GetValue(store, _ => new KeyedGate()).EnterAsync(key, cancellationToken).ConfigureAwait(false);
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
                // Someone else won the race: back off and re-apply to their version.
                await BackOffAsync(attempt, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Writes <paramref name="value"/> whether or not the document exists (last writer wins).</summary>
    public static async Task UpsertAsync<T>(this IDocumentStore store, string key, T value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var turn = await Gates.GetValue(store, _ => new KeyedGate()).EnterAsync(key, cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var current = await store.ReadAsync<T>(key, cancellationToken).ConfigureAwait(false);
                if (current is null)
                {
                    await store.CreateAsync(key, value, cancellationToken).ConfigureAwait(false);
                }
                else if (!Equals(current.Value, value))
                {
                    await store.ReplaceAsync(key, value, current.ETag, cancellationToken).ConfigureAwait(false);
                }

                return;
            }
            catch (DocumentConflictException) when (attempt < MaxAttempts)
            {
                await BackOffAsync(attempt, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // Jittered, doubling up to 200 ms, under 1.5 s in all. A linear 10 ms step let one of 50 parallel writers run out of attempts.
    private static Task BackOffAsync(int attempt, CancellationToken cancellationToken) =>
#pragma warning disable RS0030 // replaced by the Polly pipeline (issue 8)
        Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 1 + Math.Min(200, 4 << attempt))), cancellationToken);
#pragma warning restore RS0030
}
