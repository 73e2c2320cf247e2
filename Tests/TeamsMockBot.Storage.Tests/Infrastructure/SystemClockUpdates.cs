using TeamsMockBot.Application.Persistence;

namespace TeamsMockBot.Storage.Tests;

/// <summary>
/// The update loop as tests that hold a store directly call it: conflict retries with the default
/// delays on the system clock, because those stores race for real (two instances, Azurite). The host
/// passes its registered <see cref="StoreConflictRetry"/> instead; tests of the retry pass one on a fake clock.
/// </summary>
internal static class SystemClockUpdates
{
    public static StoreConflictRetry Retry { get; } = new(TimeProvider.System);

    public static Task<StoredDocument<T>> UpdateAsync<T>(this IDocumentStore store, string key, Func<T, T> apply, CancellationToken cancellationToken) =>
        store.UpdateAsync(key, apply, Retry, cancellationToken);

    public static Task UpsertAsync<T>(this IDocumentStore store, string key, T value, CancellationToken cancellationToken) =>
        store.UpsertAsync(key, value, Retry, cancellationToken);
}
