namespace TeamsMockBot.Cards.Models;

/// <summary>
/// "Share with my career advisor" on the feedback card: <see cref="AdvisorCount"/> career-center staff
/// are configured to receive it; <see cref="SharedAt"/> is set once the student has shared it.
/// </summary>
/// <param name="OnItsWay">Shared, but Teams has not accepted every copy yet: durable delivery sends it as soon as Teams allows.</param>
public sealed record ReportSharing(int AdvisorCount, DateTimeOffset? SharedAt = null, bool OnItsWay = false);
