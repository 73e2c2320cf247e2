namespace TeamsMockBot.Application.History;

/// <summary>
/// The sessions a person took part in, newest last, with the questions they were asked so the
/// planner never repeats one while fresh ones remain. Stored per person.
/// </summary>
public sealed record StudentHistory(IReadOnlyList<StudentHistoryItem> Sessions)
{
    public static StudentHistory Empty { get; } = new([]);

    public IReadOnlyCollection<string> QuestionsAsked => Sessions.SelectMany(s => s.QuestionIds).ToHashSet();

    public StudentHistory Without(string sessionId) =>
        Sessions.Any(s => s.SessionId == sessionId) ? new(Sessions.Where(s => s.SessionId != sessionId).ToList()) : this;

    /// <summary>Adds the session once; adding it again changes nothing (a retried create).</summary>
    public StudentHistory With(StudentHistoryItem item) =>
        Sessions.Any(s => s.SessionId == item.SessionId) ? this : new([.. Sessions, item]);
}
