using TeamsMockBot.Domain.Feedback;

namespace TeamsMockBot.Domain.Tests.Feedback;

public sealed class CalibrationTests
{
    private static readonly IReadOnlyList<RubricCompetency> Competencies = Rubric.BuiltIn.General;

    [Fact]
    public void LargestGaps_AreOrderedBySizeThenRubricOrderAndSkipUnratedAndEqual()
    {
        var mentor = new Dictionary<string, int> { ["Structure"] = 3, ["Specificity"] = 2, ["Results"] = 2, ["Communication"] = 4 };
        var self = new Dictionary<string, int> { ["Structure"] = 3, ["Specificity"] = 3, ["Results"] = 4, ["Communication"] = 2, ["Presence"] = 1 };

        var gaps = Calibration.LargestGaps(Competencies, mentor, self, max: 2);

        Assert.Equal(["Results", "Communication"], gaps.Select(g => g.Competency.Id));
        Assert.Equal([2, -2], gaps.Select(g => g.Gap));
        Assert.Null(Calibration.GapOf(mentor, self, "Presence")); // not rated by the mentor (not observed)
        Assert.Equal(0, Calibration.GapOf(mentor, self, "Structure"));
    }
}
