using Polly;
using Polly.Retry;
using TeamsMockBot.Application.Persistence;

namespace TeamsMockBot.Storage;

/// <summary>
/// How a write that lost an ETag race tries again (<see cref="DocumentUpdates"/>): a Polly retry of
/// <see cref="DocumentConflictException"/>, at most <see cref="MaxAttempts"/> attempts, cancellable,
/// waiting on the given clock. Each wait is a random 1 ms up to a ceiling that starts at
/// <see cref="FirstDelay"/> and doubles, capped at <see cref="MaxDelay"/>: under 1.5 s in all. (A
/// linear 10 ms step once let one of 50 parallel writers run out of attempts.) The host registers
/// one on the app's <see cref="TimeProvider"/>.
/// </summary>
public sealed class StoreConflictRetry
{
    public const int MaxAttempts = 12;

    public static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(8);

    public static readonly TimeSpan MaxDelay = TimeSpan.FromMilliseconds(200);

    /// <param name="time">The clock the waits run on.</param>
    /// <param name="randomizer">A number in [0, 1) per wait (default: <see cref="Random.Shared"/>); 0 waits the whole ceiling, near 1 waits 1 ms.</param>
    public StoreConflictRetry(TimeProvider time, Func<double>? randomizer = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        var random = randomizer ?? Random.Shared.NextDouble;
        Pipeline = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<DocumentConflictException>(),
                MaxRetryAttempts = MaxAttempts - 1,
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(Wait(Ceiling(args.AttemptNumber), random())),
            })
            .Build();
    }

    internal ResiliencePipeline Pipeline { get; }

    /// <summary>
    /// A whole number of milliseconds from 1 to <paramref name="ceiling"/>: timers count whole milliseconds,
    /// and a shorter wait would be no wait at all.
    /// </summary>
    private static TimeSpan Wait(TimeSpan ceiling, double random) =>
        TimeSpan.FromMilliseconds(Math.Max(1, Math.Ceiling(ceiling.TotalMilliseconds * (1 - random))));

    /// <summary>The longest wait before retry <paramref name="retry"/> (0 for the first): 8, 16, 32 … ms, at most <see cref="MaxDelay"/>.</summary>
    private static TimeSpan Ceiling(int retry)
    {
        var doubled = FirstDelay * Math.Pow(2, Math.Min(retry, 20));
        return doubled < MaxDelay ? doubled : MaxDelay;
    }
}
