using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Timing;

/// <summary>
/// Keeps one durable timer per running session, due at its next milestone or overdue close
/// (<see cref="Domain.Timing.TimerSchedule"/>). Called after every saved change; a change that moves the
/// due time schedules a new timer, and the old one becomes a no-op when it fires (<see cref="FireTimer"/>).
/// </summary>
public interface ITimerScheduler
{
    /// <summary>Brings the session's timer in step with the session after a change.</summary>
    Task TrackAsync(MockSession session, CancellationToken cancellationToken);

    /// <summary>The session is gone: its timer record goes too (a queued timer then finds nothing).</summary>
    Task ForgetAsync(string sessionId, CancellationToken cancellationToken);
}
