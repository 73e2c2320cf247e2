namespace TeamsMockBot.Timing;

/// <summary>
/// Items ordered by due time under one lock, and one waiter that sleeps on the injected
/// <see cref="TimeProvider"/> until the earliest is due. Costs O(log n) per item and one timer at a
/// time, however many items wait, so 10,000 running questions are 10,000 small heap entries.
/// Entries are never removed early: a rescheduled timer leaves its old entry, which is found stale when it fires.
/// </summary>
public sealed class DueTimeline<T>(TimeProvider time)
{
    private readonly PriorityQueue<T, DateTimeOffset> _items = new();
    private readonly Lock _gate = new();
    private TaskCompletionSource _earlier = NewSignal();
    private DateTimeOffset? _waitingUntil;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _items.Count;
            }
        }
    }

    public void Schedule(T item, DateTimeOffset at)
    {
        TaskCompletionSource? wake = null;
        lock (_gate)
        {
            _items.Enqueue(item, at);
            if (_waitingUntil is null || at < _waitingUntil)
            {
                // The waiter sleeps past this item (or has nothing): wake it to sleep less.
                wake = _earlier;
                _earlier = NewSignal();
                _waitingUntil = at;
            }
        }

        wake?.TrySetResult();
    }

    /// <summary>Everything due now, earliest first (empty when nothing is).</summary>
    public IReadOnlyList<T> TakeDue()
    {
        lock (_gate)
        {
            return TakeDueLocked(time.GetUtcNow());
        }
    }

    /// <summary>Waits until something is due and returns everything due by then.</summary>
    public async Task<IReadOnlyList<T>> WaitDueAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task earlier;
            TimeSpan? sleep;
            lock (_gate)
            {
                var now = time.GetUtcNow();
                var due = TakeDueLocked(now);
                if (due.Count > 0)
                {
                    return due;
                }

                _waitingUntil = _items.TryPeek(out _, out var next) ? next : null;
                sleep = _waitingUntil - now;
                earlier = _earlier.Task;
            }

            if (sleep is not { } delay)
            {
                await earlier.WaitAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            await Task.WhenAny(Task.Delay(delay, time, stop.Token), earlier).ConfigureAwait(false);
            await stop.CancelAsync().ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private List<T> TakeDueLocked(DateTimeOffset now)
    {
        var due = new List<T>();
        while (_items.TryPeek(out _, out var at) && at <= now)
        {
            due.Add(_items.Dequeue());
        }

        return due;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
