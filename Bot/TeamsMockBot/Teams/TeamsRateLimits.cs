namespace TeamsMockBot.Teams;

/// <summary>
/// Teams' published limits for bots ("Optimize your bot with rate limiting in Teams",
/// learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit): per bot per conversation
/// (thread) for sending, creating and updating messages, and per app per tenant for every request.
/// Fixed here rather than configurable: they are Teams' numbers, not ours to tune.
/// </summary>
public static class TeamsRateLimits
{
    /// <summary>Sends and updates into one conversation: 7 per 1 s, 8 per 2 s, 60 per 30 s, 1,800 per hour.</summary>
    public static IReadOnlyList<RateWindow> PerConversation { get; } =
    [
        new(7, TimeSpan.FromSeconds(1)),
        new(8, TimeSpan.FromSeconds(2)),
        new(60, TimeSpan.FromSeconds(30)),
        new(1800, TimeSpan.FromHours(1)),
    ];

    /// <summary>Every request of the app (sends, updates, roster reads, new chats): 50 per second per tenant.</summary>
    public static IReadOnlyList<RateWindow> PerApp { get; } = [new(50, TimeSpan.FromSeconds(1))];
}
