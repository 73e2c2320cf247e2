namespace TeamsMockBot.Application.Scheduling;

/// <summary>A span of time in UTC; cards show it in each viewer's own time zone.</summary>
public sealed record MeetingSlot(DateTimeOffset Start, DateTimeOffset End);
