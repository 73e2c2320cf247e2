using TeamsMockBot.Domain.Timing;

namespace TeamsMockBot.Storage;

/// <summary>
/// <c>timers/{sessionId}</c>: the timer last scheduled for a running session. It saves scheduling the
/// same timer again on every click (most clicks do not move it), and with the folder store it is what
/// the in-process queue is rebuilt from at start. Never the authority: a timer acts only if its
/// session still computes the same <see cref="DueTimer"/>.
/// </summary>
/// <param name="Due">Null in an entry written before timers were queued (it had only a due time): such an entry is re-derived from its session.</param>
public sealed record TimerEntry(string SessionId, DueTimer? Due);
