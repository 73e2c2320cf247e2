namespace TeamsMockBot.Teams;

/// <summary>
/// Whether the Teams calls made from here on may wait: for a permit of the <see cref="TeamsRateLimiter"/>,
/// or for Teams' <c>Retry-After</c> after a 429. In a card click (an invoke) they may not: the person who
/// clicked is waiting for the invoke response, and what Teams throttles there waits in the outbox
/// instead. Flows with the async call (an <see cref="AsyncLocal{T}"/>), so the connector's HTTP
/// handlers see the mode of the turn that made the call.
/// </summary>
internal static class TeamsCallMode
{
    private static readonly AsyncLocal<bool> NoWaiting = new();

    public static bool MayWait => !NoWaiting.Value;

    /// <summary>Until disposed, Teams calls in this flow never wait.</summary>
    public static Scope WithoutWaiting()
    {
        var scope = new Scope(NoWaiting.Value, active: true);
        NoWaiting.Value = true;
        return scope;
    }

    /// <summary>Restores the mode from before; <c>default</c> changes nothing.</summary>
    public readonly struct Scope(bool previous, bool active) : IDisposable
    {
        public void Dispose()
        {
            if (active)
            {
                NoWaiting.Value = previous;
            }
        }
    }
}
