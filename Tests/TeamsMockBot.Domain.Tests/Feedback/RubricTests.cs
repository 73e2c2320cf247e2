using TeamsMockBot.Domain.Feedback;

namespace TeamsMockBot.Domain.Tests.Feedback;

public sealed class RubricTests
{
    [Fact]
    public void Default_Competencies_AreAllSevenInEnumOrder()
    {
        Assert.Equal(Enum.GetValues<Competency>(), Rubric.Default.Select(c => c.Competency));
    }

    [Fact]
    public void Default_EachCompetency_HasFourDistinctShortLevels()
    {
        foreach (var entry in Rubric.Default)
        {
            Assert.Equal(RubricCompetency.MaxRating - RubricCompetency.MinRating + 1, entry.Levels.Count);
            Assert.All(entry.Levels, level =>
            {
                Assert.False(string.IsNullOrWhiteSpace(level), $"{entry.Competency} has an empty level.");
                Assert.True(level.Length <= 90, $"{entry.Competency} level is {level.Length} chars: {level}");
            });
            Assert.Equal(entry.Levels.Count, entry.Levels.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }
    }

    [Fact]
    public void Default_TitlesAndSummaries_AreNonEmptyAndTitlesUnique()
    {
        Assert.All(Rubric.Default, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Title));
            Assert.False(string.IsNullOrWhiteSpace(c.Summary));
            Assert.DoesNotContain('\n', c.Summary);
        });
        Assert.Equal(Rubric.Default.Count, Rubric.Default.Select(c => c.Title).Distinct().Count());
    }

    [Fact]
    public void Default_StructureTitle_NamesStar()
    {
        Assert.Equal("Structure (STAR)", Rubric.For(Competency.Structure).Title);
    }

    [Fact]
    public void For_EveryCompetency_ReturnsMatchingEntry()
    {
        foreach (var competency in Enum.GetValues<Competency>())
        {
            Assert.Equal(competency, Rubric.For(competency).Competency);
        }
    }

    [Fact]
    public void For_UndefinedCompetency_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Rubric.For((Competency)99));
    }

    [Theory]
    [InlineData(Readiness.NotYet, "Not yet")]
    [InlineData(Readiness.Almost, "Almost")]
    [InlineData(Readiness.Ready, "Ready")]
    public void ReadinessLabel_EachValue_ReturnsCardWording(Readiness readiness, string expected)
    {
        Assert.Equal(expected, Rubric.ReadinessLabel(readiness));
    }

    [Fact]
    public void ReadinessLabel_UndefinedValue_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Rubric.ReadinessLabel((Readiness)42));
    }
}
