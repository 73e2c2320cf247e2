using System.Runtime.CompilerServices;
using TeamsMockBot.Application.Persistence;

namespace TeamsMockBot.Storage;

/// <summary>
/// The load → apply → save loop. <c>apply</c> must be a pure function of the document it is given:
/// on a conflict the <see cref="StoreConflictRetry"/> pipeline runs the whole attempt again — a
/// fresh read, then apply to that copy — so nothing is lost and nothing applied twice. Within one
/// process, writers of the same key through the same store take turns (<see cref="KeyedGate"/>), so
/// retries are only spent on writers in other processes. Every caller passes the host's registered
/// <see cref="StoreConflictRetry"/>, so the waits run on the app's clock.
/// </summary>
public static class DocumentUpdates
{
    private static readonly ConditionalWeakTable<IDocumentStore, KeyedGate> Gates = new();

    public static async Task<StoredDocument<T>> UpdateAsync<T>(
        this IDocumentStore store, string key, Func<T, T> apply, StoreConflictRetry retry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(apply);
        ArgumentNullException.ThrowIfNull(retry);
        using var turn = await GateOf(store).EnterAsync(key, cancellationToken).ConfigureAwait(false);
        return await retry.Pipeline.ExecuteAsync(
            static (s, ct) => ApplyOnceAsync(s.store, s.key, s.apply, ct), (store, key, apply), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes <paramref name="value"/> whether or not the document exists (last writer wins).</summary>
    public static async Task UpsertAsync<T>(this IDocumentStore store, string key, T value, StoreConflictRetry retry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(retry);
        using var turn = await GateOf(store).EnterAsync(key, cancellationToken).ConfigureAwait(false);
        await retry.Pipeline.ExecuteAsync(
            static (s, ct) => WriteOnceAsync(s.store, s.key, s.value, ct), (store, key, value), cancellationToken).ConfigureAwait(false);
    }

    private static KeyedGate GateOf(IDocumentStore store) => Gates.GetValue(store, _ => new KeyedGate());

    private static async ValueTask<StoredDocument<T>> ApplyOnceAsync<T>(IDocumentStore store, string key, Func<T, T> apply, CancellationToken cancellationToken)
    {
        var current = await store.ReadAsync<T>(key, cancellationToken).ConfigureAwait(false) ?? throw new DocumentNotFoundException(key);
        var updated = apply(current.Value);
        if (ReferenceEquals(updated, current.Value) || Equals(updated, current.Value))
        {
            return current;
        }

        var etag = await store.ReplaceAsync(key, updated, current.ETag, cancellationToken).ConfigureAwait(false);
        return new StoredDocument<T>(updated, etag);
    }

    private static async ValueTask WriteOnceAsync<T>(IDocumentStore store, string key, T value, CancellationToken cancellationToken)
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
    }
}
