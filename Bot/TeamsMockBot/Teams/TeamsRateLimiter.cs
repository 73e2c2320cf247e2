namespace TeamsMockBot.Teams;

/// <summary>
/// One limiter per process for every call to Teams: a <see cref="SendLog"/> per conversation
/// (<see cref="TeamsRateLimits.PerConversation"/>) and one for the app (<see cref="TeamsRateLimits.PerApp"/>).
/// A permit is taken from both at once or from neither, so a refused call costs nothing. Time comes
/// from the injected <see cref="TimeProvider"/> (the built-in <c>SlidingWindowRateLimiter</c> runs on
/// the real clock and approximates with segments). Conversations with no call in the last hour are
/// evicted, so the state is bounded by the conversations active within the longest window.
/// </summary>
public sealed class TeamsRateLimiter
{
    private static readonly TimeSpan EvictionInterval = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, SendLog> _conversations = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly SendLog _app;
    private readonly long _evictionInterval;
    private long _nextEviction;

    public TeamsRateLimiter(TimeProvider time)
    {
        _time = time;
        _app = new SendLog(TeamsRateLimits.PerApp, time.TimestampFrequency);
        _evictionInterval = SendLog.ToTimestamp(EvictionInterval, time.TimestampFrequency);
        _nextEviction = time.GetTimestamp() + _evictionInterval;
    }

    /// <summary>Conversations whose calls are remembered right now (for tests and the benchmark).</summary>
    public int TrackedConversations
    {
        get
        {
            lock (_gate)
            {
                return _conversations.Count;
            }
        }
    }

    /// <summary>
    /// Of the app's calls per second, how many only a call someone waits on (<c>urgent</c>: a roster read,
    /// which a card click's answer is built from) may use: messages, which can wait in the outbox, never
    /// take the last of them, so a burst of card updates cannot make a click fail.
    /// </summary>
    public const int UrgentReserve = 5;

    /// <summary>
    /// Takes a permit for a call into <paramref name="conversationId"/> (null: a call that counts for the
    /// app only, e.g. a roster read or opening a chat). Returns zero when taken, otherwise how long
    /// until one is free, and nothing is taken.
    /// </summary>
    public TimeSpan TryAcquire(string? conversationId, bool urgent = false)
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            EvictIdle(now);
            var conversation = conversationId is null ? null : LogOf(conversationId);
            var wait = Math.Max(_app.WaitFor(now, urgent ? 0 : UrgentReserve), conversation?.WaitFor(now) ?? 0);
            if (wait > 0)
            {
                return ToTimeSpan(wait);
            }

            _app.Record(now);
            conversation?.Record(now);
            return TimeSpan.Zero;
        }
    }

    /// <summary>Teams answered 429 with <c>Retry-After</c>: no call into the conversation (or, without one, by the app) before then.</summary>
    public void HoldBack(string? conversationId, TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var until = _time.GetTimestamp() + SendLog.ToTimestamp(retryAfter, _time.TimestampFrequency);
            (conversationId is null ? _app : LogOf(conversationId)).HoldUntil(until);
        }
    }

    private SendLog LogOf(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var log))
        {
            log = new SendLog(TeamsRateLimits.PerConversation, _time.TimestampFrequency);
            _conversations[conversationId] = log;
        }

        return log;
    }

    /// <summary>At most once a minute, forgets conversations with nothing left to remember.</summary>
    private void EvictIdle(long now)
    {
        if (now < _nextEviction)
        {
            return;
        }

        _nextEviction = now + _evictionInterval;
        foreach (var (id, log) in _conversations)
        {
            if (log.IsIdle(now))
            {
                _conversations.Remove(id); // removing while enumerating a Dictionary is allowed since .NET Core 3.0
            }
        }
    }

    private TimeSpan ToTimeSpan(long timestampTicks) =>
        TimeSpan.FromTicks((long)Math.Ceiling(timestampTicks * ((double)TimeSpan.TicksPerSecond / _time.TimestampFrequency)));
}
