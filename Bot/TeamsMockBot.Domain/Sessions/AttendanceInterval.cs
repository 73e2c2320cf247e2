namespace TeamsMockBot.Domain.Sessions;

/// <summary>One stretch of time a person was in the meeting; <see cref="LeftAt"/> is null while they are still in it.</summary>
public sealed record AttendanceInterval(DateTimeOffset JoinedAt, DateTimeOffset? LeftAt = null)
{
    public bool IsOpen => LeftAt is null;

    /// <summary>How long this stretch lasted, counting an open one up to <paramref name="now"/>.</summary>
    public TimeSpan Length(DateTimeOffset now)
    {
        var end = LeftAt ?? now;
        return end > JoinedAt ? end - JoinedAt : TimeSpan.Zero;
    }
}
