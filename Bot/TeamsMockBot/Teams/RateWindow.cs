namespace TeamsMockBot.Teams;

/// <summary>At most <paramref name="Limit"/> calls in any <paramref name="Length"/> of time.</summary>
public sealed record RateWindow(int Limit, TimeSpan Length);
