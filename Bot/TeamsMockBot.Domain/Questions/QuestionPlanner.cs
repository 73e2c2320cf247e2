namespace TeamsMockBot.Domain.Questions;

/// <summary>
/// Picks a session's questions from a bank: the session's track, questions whose focus keywords
/// match the focus text first, never a question the student has already been asked while unasked
/// ones remain. The order among equals is shuffled by a seed so sessions vary, yet a given seed
/// always yields the same plan (tests and retries agree).
/// </summary>
public static class QuestionPlanner
{
    public static IReadOnlyList<Question> Plan(
        QuestionBank bank, Track track, string focus, int count, IReadOnlyCollection<string> alreadyAsked, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var focusText = focus.ToLowerInvariant();
        var random = new Random(seed);
        // Ids are compared ignoring case, as the bank looks them up (a history may hold "BEH-03").
        var asked = new HashSet<string>(alreadyAsked, StringComparer.OrdinalIgnoreCase);

        return bank.ForTrack(track)
            .Select(q => (Question: q, Fresh: !asked.Contains(q.Id), Match: q.Focus.Count(k => focusText.Contains(k, StringComparison.Ordinal)), Tiebreak: random.Next()))
            .OrderByDescending(c => c.Fresh)
            .ThenByDescending(c => c.Match)
            .ThenBy(c => c.Tiebreak)
            .Take(count)
            .Select(c => c.Question)
            .ToList();
    }
}
