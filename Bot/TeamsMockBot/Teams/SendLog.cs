namespace TeamsMockBot.Teams;

/// <summary>
/// The calls made within the longest of some <see cref="RateWindow"/>s, oldest first, as timestamps of
/// one <see cref="TimeProvider"/>: an exact sliding window (no buckets, so never more than a window's
/// limit in any stretch of its length). It holds at most the longest window's limit of timestamps and
/// grows only as calls are made, so an idle conversation costs a few bytes until it is evicted.
/// Not thread-safe: <see cref="TeamsRateLimiter"/> holds its lock around every use.
/// </summary>
internal sealed class SendLog
{
    private readonly (int Limit, long Length)[] _windows;
    private readonly long _longest;
    private long[] _times = new long[8];
    private int _head;
    private int _count;
    private long _heldUntil;

    public SendLog(IReadOnlyList<RateWindow> windows, long timestampFrequency)
    {
        _windows = windows.Select(w => (w.Limit, ToTimestamp(w.Length, timestampFrequency))).ToArray();
        _longest = _windows.Max(w => w.Length);
    }

    /// <summary>Nothing recorded within the longest window and no hold: forgetting it changes nothing.</summary>
    public bool IsIdle(long now)
    {
        Prune(now);
        return _count == 0 && _heldUntil <= now;
    }

    /// <summary>Timestamp ticks until one more call fits every window (0: now), leaving <paramref name="reserve"/> of each limit unused.</summary>
    public long WaitFor(long now, int reserve = 0)
    {
        Prune(now);
        var wait = _heldUntil > now ? _heldUntil - now : 0;
        foreach (var (full, length) in _windows)
        {
            var limit = full - reserve;
            if (_count >= limit)
            {
                // The limit-th newest call: while it is inside the window, the window is full.
                var freeAt = At(_count - limit) + length;
                wait = Math.Max(wait, freeAt - now);
            }
        }

        return wait;
    }

    /// <summary>Records a call made at <paramref name="now"/> (after <see cref="WaitFor"/> said 0).</summary>
    public void Record(long now)
    {
        if (_count == _times.Length)
        {
            var grown = new long[_times.Length * 2];
            for (var i = 0; i < _count; i++)
            {
                grown[i] = At(i);
            }

            _times = grown;
            _head = 0;
        }

        _times[(_head + _count) % _times.Length] = now;
        _count++;
    }

    /// <summary>Teams said "not before then" (429 with <c>Retry-After</c>): no call until <paramref name="until"/>.</summary>
    public void HoldUntil(long until) => _heldUntil = Math.Max(_heldUntil, until);

    internal static long ToTimestamp(TimeSpan span, long frequency) => (long)(span.Ticks * ((double)frequency / TimeSpan.TicksPerSecond));

    private long At(int index) => _times[(_head + index) % _times.Length];

    private void Prune(long now)
    {
        while (_count > 0 && At(0) <= now - _longest)
        {
            _head = (_head + 1) % _times.Length;
            _count--;
        }
    }
}
