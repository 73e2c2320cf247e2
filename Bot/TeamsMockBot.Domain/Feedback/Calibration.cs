namespace TeamsMockBot.Domain.Feedback;

/// <summary>
/// Self against mentor, per competency. The student rates themselves before seeing the feedback
/// (<c>MockSession.IsReadyToDeliver</c> waits for it, and a self-assessment is refused once the card
/// is delivered), so the gaps are honest: where the student sees themselves differently is where
/// the next conversation helps most.
/// </summary>
public static class Calibration
{
    /// <summary>Self − mentor on <paramref name="competencyId"/>, or null when either did not rate it (not observed, or not asked).</summary>
    public static int? GapOf(IReadOnlyDictionary<string, int> mentor, IReadOnlyDictionary<string, int> self, string competencyId) =>
        mentor.TryGetValue(competencyId, out var m) && self.TryGetValue(competencyId, out var s) ? s - m : null;

    /// <summary>Every competency rated by both with a gap, largest first (ties in rubric order); at most <paramref name="max"/>.</summary>
    public static IReadOnlyList<CalibrationGap> LargestGaps(
        IReadOnlyList<RubricCompetency> competencies, IReadOnlyDictionary<string, int> mentor, IReadOnlyDictionary<string, int> self, int max)
    {
        ArgumentNullException.ThrowIfNull(competencies);
        return competencies
            .Where(c => GapOf(mentor, self, c.Id) is not (null or 0))
            .Select(c => new CalibrationGap(c, self[c.Id], mentor[c.Id]))
            .OrderByDescending(g => Math.Abs(g.Gap))
            .Take(max)
            .ToList();
    }
}
