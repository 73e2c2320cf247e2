namespace TeamsMockBot.Domain.Analytics;

/// <summary>One session's value on a trend: when the session was held, and the value.</summary>
public sealed record ProgressPoint(DateTimeOffset HeldAt, double Value);
