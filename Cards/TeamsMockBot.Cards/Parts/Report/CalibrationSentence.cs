using TeamsMockBot.Domain.Feedback;

namespace TeamsMockBot.Cards.Parts.Report;

/// <summary>Names the largest gaps between self and mentor ratings in one sentence: "You rated your Results and impact 4, Morgan 2."</summary>
internal static class CalibrationSentence
{
    public static string For(
        IReadOnlyList<RubricCompetency> competencies, IReadOnlyDictionary<string, int> mentor, IReadOnlyDictionary<string, int> self, string? interviewerName, int max)
    {
        var gaps = Calibration.LargestGaps(competencies, mentor, self, max);
        var who = string.IsNullOrWhiteSpace(interviewerName) ? "your interviewer" : interviewerName;
        if (gaps.Count == 0)
        {
            return $"You and {who} rated you the same on every competency you both rated.";
        }

        var parts = gaps.Select(g => $"your {g.Competency.Title} {Wording.Number(g.Self)}, {who} {Wording.Number(g.Mentor)}");
        return $"Largest gaps: you rated {string.Join("; you rated ", parts)}. Worth talking through together.";
    }
}
