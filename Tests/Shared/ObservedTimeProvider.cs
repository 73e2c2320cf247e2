using Microsoft.Extensions.Time.Testing;

namespace TeamsMockBot.Testing;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that tells when a timer has been created on it, so a test can
/// wait until a retry is really waiting before it moves the clock, with no real sleep and no race.
/// A linked source file, shared by the test projects that drive retries.
/// </summary>
public sealed class ObservedTimeProvider : FakeTimeProvider
{
    /// <summary>How long a test waits for something that should happen at once before it fails instead of hanging.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly Lock _lock = new();
    private readonly List<(int Count, TaskCompletionSource Reached)> _waiters = [];
    private readonly List<TimeSpan> _delays = [];

    public ObservedTimeProvider()
        : base(new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>Timers created so far (every wait of a retry is one).</summary>
    public int TimersCreated => Delays.Count;

    /// <summary>The due time of every timer created so far, in order: the waits the code chose.</summary>
    public IReadOnlyList<TimeSpan> Delays
    {
        get
        {
            lock (_lock)
            {
                return [.. _delays];
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        lock (_lock)
        {
            _delays.Add(dueTime);
            foreach (var waiter in _waiters.Where(w => w.Count <= _delays.Count).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Reached.SetResult();
            }
        }

        return timer;
    }

    /// <summary>Completes once <paramref name="count"/> timers exist, i.e. the <paramref name="count"/>-th wait has started.</summary>
    public Task WaitForTimersAsync(int count)
    {
        lock (_lock)
        {
            if (_delays.Count >= count)
            {
                return Task.CompletedTask;
            }

            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, reached));
            return reached.Task.WaitAsync(Patience);
        }
    }
}
