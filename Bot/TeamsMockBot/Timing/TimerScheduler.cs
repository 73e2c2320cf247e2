using Microsoft.Extensions.Options;
using TeamsMockBot.Application.Timing;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Domain.Timing;
using TeamsMockBot.Storage;

namespace TeamsMockBot.Timing;

/// <summary>
/// <see cref="ITimerScheduler"/>: when a saved change moves a session's next due timer, a new timer
/// is queued and the session's entry remembers it; the old timer stays queued and is a no-op when it
/// fires. The timer is queued before the entry is written, so a crash in between costs at most a
/// second copy of the same timer (also a no-op once the first has fired), never a missing one.
/// </summary>
public sealed class TimerScheduler(StoredTimers entries, ITimerTransport queue, IOptions<TimerOptions> options) : ITimerScheduler
{
    public async Task TrackAsync(MockSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var due = TimerSchedule.Next(session, options.Value.OverdueGrace);
        var entry = await entries.FindAsync(session.Id, cancellationToken).ConfigureAwait(false);
        if (entry?.Value.Due == due)
        {
            return; // most clicks (a note, a follow-up) leave the timer where it was
        }

        if (due is null)
        {
            // Paused or finished: nothing to queue; a timer still queued finds the session moved on.
            await entries.DeleteAsync(session.Id, cancellationToken).ConfigureAwait(false);
            return;
        }

        await queue.EnqueueAsync(session.Id, due, cancellationToken).ConfigureAwait(false);
        await entries.SaveAsync(session.Id, due, entry?.ETag, cancellationToken).ConfigureAwait(false);
    }

    public Task ForgetAsync(string sessionId, CancellationToken cancellationToken) => entries.DeleteAsync(sessionId, cancellationToken);
}
