namespace TeamsMockBot.Domain.Feedback;

/// <summary>The student shared their feedback card with career-center staff: who it went to (their ids) and when.</summary>
public sealed record ReportShare(IReadOnlyList<string> StaffIds, DateTimeOffset At);
