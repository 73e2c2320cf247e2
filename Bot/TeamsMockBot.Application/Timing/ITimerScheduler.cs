using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Timing;

/// <summary>
/// Remembers when each session's next timer milestone is due, so the sweep looks only at due
/// sessions. Only a hint: the sweep recomputes from the session, so a stale entry costs one read.
/// </summary>
public interface ITimerScheduler
{
    /// <summary>Brings the session's due time in step with the session after a change.</summary>
    Task TrackAsync(MockSession session, CancellationToken cancellationToken);

    /// <summary>Ids of sessions whose milestone is due at <paramref name="now"/>.</summary>
    IAsyncEnumerable<string> DueAsync(DateTimeOffset now, CancellationToken cancellationToken);

    Task ForgetAsync(string sessionId, CancellationToken cancellationToken);
}
