using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Domain.Analytics;

/// <summary>A "to work on" quick tag that interviewers set in <see cref="Sessions"/> different sessions.</summary>
public sealed record RecurringTag(QuickTag Tag, int Sessions);
