using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;

namespace TeamsMockBot.Domain.Tests.Feedback;

public sealed class RubricTests
{
    private static readonly string[] SevenIds =
        ["Structure", "Specificity", "Results", "Communication", "ProblemSolving", "RoleKnowledge", "Presence"];

    private static readonly ReadinessLabels Labels = new("Not yet", "Almost", "Ready");

    private static RubricCompetency Competency(string id) => new(id, $"{id} title", $"{id} summary", ["one", "two", "three", "four"]);

    private static Rubric WithSystemDesignExtra() => new(
        [Competency("Structure"), Competency("Communication")],
        new Dictionary<Track, IReadOnlyList<RubricCompetency>> { [Track.SystemDesign] = [Competency("Scalability")] },
        Labels);

    [Fact]
    public void BuiltIn_General_AreTheSevenCompetenciesWithTheIdsStoredSessionsUse()
    {
        // Stored ratings are keyed by these ids (they were the enum's names), so they must not change.
        Assert.Equal(SevenIds, Rubric.BuiltIn.General.Select(c => c.Id));
    }

    [Theory]
    [MemberData(nameof(Questions.QuestionBankTests.AllTracks), MemberType = typeof(Questions.QuestionBankTests))]
    public void BuiltIn_ForEveryTrack_IsTheSevenGeneralCompetencies(Track track)
    {
        Assert.Equal(SevenIds, Rubric.BuiltIn.ForTrack(track).Select(c => c.Id));
    }

    [Fact]
    public void BuiltIn_EachCompetency_HasFourDistinctShortLevels()
    {
        foreach (var entry in Rubric.BuiltIn.General)
        {
            Assert.Equal(RubricCompetency.MaxRating - RubricCompetency.MinRating + 1, entry.Levels.Count);
            Assert.All(entry.Levels, level =>
            {
                Assert.False(string.IsNullOrWhiteSpace(level), $"{entry.Id} has an empty level.");
                Assert.True(level.Length <= 90, $"{entry.Id} level is {level.Length} chars: {level}");
            });
            Assert.Equal(entry.Levels.Count, entry.Levels.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }
    }

    [Fact]
    public void BuiltIn_TitlesAndSummaries_AreNonEmptyAndTitlesUnique()
    {
        Assert.All(Rubric.BuiltIn.General, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Title));
            Assert.False(string.IsNullOrWhiteSpace(c.Summary));
            Assert.DoesNotContain('\n', c.Summary);
        });
        Assert.Equal(Rubric.BuiltIn.General.Count, Rubric.BuiltIn.General.Select(c => c.Title).Distinct().Count());
    }

    [Fact]
    public void BuiltIn_StructureTitle_NamesStar()
    {
        Assert.Equal("Structure (STAR)", Rubric.BuiltIn.Find("Structure")?.Title);
    }

    [Fact]
    public void BuiltIn_FirstLevelOfStructure_DescribesARating1()
    {
        Assert.Equal("Rambles; no clear situation, action or result", Rubric.BuiltIn.Find("Structure")!.Levels[0]);
    }

    [Fact]
    public void ForTrack_TrackWithItsOwnCompetency_GivesTheGeneralOnesThenItsOwn()
    {
        var rubric = WithSystemDesignExtra();

        Assert.Equal(["Structure", "Communication", "Scalability"], rubric.ForTrack(Track.SystemDesign).Select(c => c.Id));
        Assert.Equal(["Structure", "Communication"], rubric.ForTrack(Track.Behavioral).Select(c => c.Id));
    }

    [Fact]
    public void Find_TrackCompetencyInAnyCase_ReturnsIt()
    {
        Assert.Equal("Scalability", WithSystemDesignExtra().Find("scalability")?.Id);
        Assert.Null(WithSystemDesignExtra().Find("Nope"));
    }

    [Fact]
    public void Constructor_DuplicateIdAcrossGeneralAndTrack_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Rubric(
            [Competency("Structure")],
            new Dictionary<Track, IReadOnlyList<RubricCompetency>> { [Track.General] = [Competency("structure")] },
            Labels));

        Assert.Contains("structure", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_CompetencyWithThreeLevels_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Rubric(
            [new RubricCompetency("Structure", "Structure", "Shape.", ["one", "two", "three"])],
            new Dictionary<Track, IReadOnlyList<RubricCompetency>>(),
            Labels));
    }

    [Theory]
    [InlineData(Readiness.NotYet, "Not yet")]
    [InlineData(Readiness.Almost, "Almost")]
    [InlineData(Readiness.Ready, "Ready")]
    public void ReadinessLabel_BuiltIn_ReturnsCardWording(Readiness readiness, string expected)
    {
        Assert.Equal(expected, Rubric.BuiltIn.ReadinessLabel(readiness));
    }

    [Fact]
    public void ReadinessLabel_UndefinedValue_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Rubric.BuiltIn.ReadinessLabel((Readiness)42));
    }
}
