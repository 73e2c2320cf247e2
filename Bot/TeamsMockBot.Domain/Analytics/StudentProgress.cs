using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Domain.Analytics;

/// <summary>
/// Patterns across a student's sessions as the candidate: each competency's trend, pace and fillers
/// over time, competencies that stay low, quick tags that recur, and the open steps of the latest
/// action plan.
/// </summary>
/// <remarks>
/// Ratings and tags are read only from sessions whose feedback card was delivered (stage
/// Completed): a student never learns a rating here before the feedback itself (a peer mock's
/// feedback is double-blind until release). Ratings are the interviewer's; in solo practice, where
/// there is none, the student's own self-assessment. Delivery figures come from any session with a
/// transcript, since the student sent it.
/// </remarks>
public sealed record StudentProgress(
    int SessionCount,
    IReadOnlyList<CompetencyTrend> Competencies,
    IReadOnlyList<ProgressPoint> WordsPerMinute,
    IReadOnlyList<ProgressPoint> FillersPerMinute,
    IReadOnlyList<RecurringTag> RecurringTags,
    IReadOnlyList<string> OpenActionSteps)
{
    /// <summary>A competency or tag "recurs" from this many sessions on.</summary>
    public const int RecursFrom = 2;

    /// <summary>Competencies rated <see cref="CompetencyTrend.LowRating"/> or lower in <see cref="RecursFrom"/> or more sessions.</summary>
    public IReadOnlyList<CompetencyTrend> StayingLow => Competencies.Where(c => c.SessionsRatedLow >= RecursFrom).ToList();

    public static StudentProgress Of(IReadOnlyList<MockSession> sessions, Rubric rubric)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(rubric);
        var ordered = sessions.OrderBy(HeldAt).ToList();
        var completed = ordered.Where(s => s.Stage == SessionStage.Completed).ToList();

        var trends = completed
            .SelectMany(s => RatingsOf(s).Select(r => (Session: s, r.Key, r.Value)))
            .GroupBy(r => r.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => new CompetencyTrend(g.Key, rubric.Find(g.Key)?.Title ?? g.Key, g.Select(r => new ProgressPoint(HeldAt(r.Session), r.Value)).ToList()))
            .OrderBy(t => Order(rubric, t.CompetencyId))
            .ToList();

        var delivered = ordered.Where(s => s.Delivery?.Candidate is not null).ToList();
        var wpm = delivered.Where(s => s.Delivery!.Candidate!.WordsPerMinute is not null)
            .Select(s => new ProgressPoint(HeldAt(s), s.Delivery!.Candidate!.WordsPerMinute!.Value)).ToList();
        var fillers = delivered.Where(s => s.Delivery!.Candidate!.FillersPerMinute is not null)
            .Select(s => new ProgressPoint(HeldAt(s), s.Delivery!.Candidate!.FillersPerMinute!.Value)).ToList();

        var tags = completed
            .SelectMany(s => s.Questions.SelectMany(q => q.Tags).Select(t => t.Tag).Distinct().Select(tag => (s.Id, tag)))
            .Where(t => !QuickTags.IsStrength(t.tag))
            .GroupBy(t => t.tag)
            .Where(g => g.Count() >= RecursFrom)
            .Select(g => new RecurringTag(g.Key, g.Count()))
            .OrderByDescending(t => t.Sessions)
            .ToList();

        return new StudentProgress(ordered.Count, trends, wpm, fillers, tags, OpenStepsOf(sessions));
    }

    /// <summary>
    /// The steps of the newest delivered action plan that the student has not marked done: what
    /// <c>my progress</c> lists and the next mock's prep card carries.
    /// </summary>
    public static IReadOnlyList<string> OpenStepsOf(IEnumerable<MockSession> sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        var newest = sessions.Where(s => s.Stage == SessionStage.Completed && s.Feedback is { ActionPlan.Count: > 0 }).OrderBy(HeldAt).LastOrDefault();
        return newest?.OpenActionSteps().Select(step => step.Text).Where(text => !string.IsNullOrWhiteSpace(text)).ToList() ?? [];
    }

    private static DateTimeOffset HeldAt(MockSession session) => session.StartedAt ?? session.CreatedAt;

    private static IReadOnlyDictionary<string, int> RatingsOf(MockSession session) =>
        session.Feedback?.Ratings ?? (session.IsSolo ? session.SelfAssessment?.Ratings : null) ?? new Dictionary<string, int>();

    private static int Order(Rubric rubric, string competencyId)
    {
        var index = rubric.General.ToList().FindIndex(c => string.Equals(c.Id, competencyId, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? int.MaxValue : index;
    }
}
