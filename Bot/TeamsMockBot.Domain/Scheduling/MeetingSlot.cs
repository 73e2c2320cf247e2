namespace TeamsMockBot.Domain.Scheduling;

/// <summary>A span of time, stored in UTC; cards show it in each viewer's own time zone.</summary>
public sealed record MeetingSlot(DateTimeOffset Start, DateTimeOffset End)
{
    public TimeSpan Length => End - Start;

    public bool Overlaps(MeetingSlot other) => Start < other.End && other.Start < End;
}
