using TeamsMockBot.Application.Persistence;
using TeamsMockBot.Storage.Tests.Infrastructure;
using TeamsMockBot.Testing;

namespace TeamsMockBot.Storage.Tests.Storage;

/// <summary>The conflict retry's waits, driven through <see cref="DocumentUpdates"/> on a fake clock: no real sleeps.</summary>
public sealed class StoreConflictRetryTests
{
    private readonly ObservedTimeProvider _time = new();

    [Fact]
    public async Task Retry_ConflictEveryTime_WaitsDoublingCeilingsThenGivesUpAfterTwelveAttempts()
    {
        var store = new RefusingStore();
        var retry = new StoreConflictRetry(_time, randomizer: () => 0); // every wait is its whole ceiling
        var start = _time.GetUtcNow();

        var update = store.UpdateAsync<int>("c", v => v + 1, retry, CancellationToken.None);
        int[] ceilings = [8, 16, 32, 64, 128, 200, 200, 200, 200, 200, 200];
        foreach (var (index, ms) in ceilings.Index())
        {
            await _time.WaitForTimersAsync(index + 1);
            _time.Advance(TimeSpan.FromMilliseconds(ms - 1));
            Assert.Equal(index + 1, store.Replaces); // not a moment early
            _time.Advance(TimeSpan.FromMilliseconds(1));
        }

        await Assert.ThrowsAsync<DocumentConflictException>(() => update.WaitAsync(ObservedTimeProvider.Patience));
        Assert.Equal(StoreConflictRetry.MaxAttempts, store.Replaces);
        Assert.Equal(StoreConflictRetry.MaxAttempts - 1, _time.TimersCreated);
        Assert.True(_time.GetUtcNow() - start < TimeSpan.FromSeconds(1.5), $"waited {_time.GetUtcNow() - start} in all");
    }

    [Fact]
    public async Task Retry_Jitter_WaitsThatShareOfTheCeiling()
    {
        var store = new RefusingStore { Refusals = 1 };
        var retry = new StoreConflictRetry(_time, randomizer: () => 0.75);

        var update = store.UpdateAsync<int>("c", v => v + 1, retry, CancellationToken.None);
        await _time.WaitForTimersAsync(1);
        _time.Advance(TimeSpan.FromMilliseconds(1.9));
        Assert.False(update.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(0.1)); // a quarter of the first 8 ms ceiling
        var saved = await update.WaitAsync(ObservedTimeProvider.Patience);

        Assert.Equal(1, saved.Value);
        Assert.Equal(2, store.Replaces);
    }

    [Fact]
    public async Task Retry_JitterNearlyAll_StillWaitsAMillisecond()
    {
        var store = new RefusingStore { Refusals = 1 };
        var retry = new StoreConflictRetry(_time, randomizer: () => 0.99999); // 8 ms × 0.00001 would round down to no wait

        var update = store.UpdateAsync<int>("c", v => v + 1, retry, CancellationToken.None);
        await _time.WaitForTimersAsync(1);
        Assert.Equal([TimeSpan.FromMilliseconds(1)], _time.Delays);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await update.WaitAsync(ObservedTimeProvider.Patience);

        Assert.Equal(2, store.Replaces);
    }

    [Fact]
    public async Task Retry_OtherFailure_IsNotRetried()
    {
        var store = new RefusingStore { Refusal = key => new StorageUnavailableException(key, "throttled") };

        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.UpdateAsync<int>("c", v => v + 1, new StoreConflictRetry(_time), CancellationToken.None));

        Assert.Equal(1, store.Replaces);
        Assert.Equal(0, _time.TimersCreated);
    }

    [Fact]
    public async Task Retry_CancelledDuringTheWait_EndsAtOnceWithNoFurtherAttempt()
    {
        var store = new RefusingStore();
        using var cancel = new CancellationTokenSource();

        var update = store.UpdateAsync<int>("c", v => v + 1, new StoreConflictRetry(_time), cancel.Token);
        await _time.WaitForTimersAsync(1);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => update.WaitAsync(ObservedTimeProvider.Patience));
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(1, store.Replaces);
    }
}
