namespace TeamsMockBot.Storage;

/// <summary>
/// An index entry saying "look at this session's timer at <see cref="DueAt"/>". Only a hint: the
/// sweep always recomputes from the session itself, so a stale entry costs one read, never a
/// wrong card.
/// </summary>
public sealed record TimerEntry(string SessionId, DateTimeOffset DueAt);
