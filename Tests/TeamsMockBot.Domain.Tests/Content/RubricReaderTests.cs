using System.Text.Json.Nodes;
using TeamsMockBot.Domain.Content;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;
using static TeamsMockBot.Domain.Tests.Content.ContentSamples;

namespace TeamsMockBot.Domain.Tests.Content;

public sealed class RubricReaderTests
{
    private static InvalidContentException Refused(JsonObject rubric) =>
        Assert.Throws<InvalidContentException>(() => ReadRubric(rubric));

    private static void AssertRefusal(InvalidContentException ex, string item, string problem)
    {
        Assert.Equal(RubricFile, ex.File);
        Assert.Contains(RubricFile, ex.Message, StringComparison.Ordinal);
        Assert.Contains(ex.Problems, p => p.Contains(item, StringComparison.Ordinal) && p.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ValidRubric_GivesGeneralCompetenciesToEveryTrackAndTheTracksOwnToItsTrack()
    {
        var rubric = ReadRubric(Rubric());

        Assert.Equal(["Structure", "Communication"], rubric.General.Select(c => c.Id));
        Assert.Equal(["Structure", "Communication", "Scalability"], rubric.ForTrack(Track.SystemDesign).Select(c => c.Id));
        Assert.Equal(["Structure", "Communication"], rubric.ForTrack(Track.ConsultingCase).Select(c => c.Id));
        Assert.Equal(["Structure one", "Structure two", "Structure three", "Structure four"], rubric.General[0].Levels);
        Assert.Equal("Almost", rubric.ReadinessLabel(Readiness.Almost));
    }

    [Fact]
    public void Read_OtherFormat_IsRefusedNamingBoth()
    {
        var rubric = Rubric();
        rubric["format"] = "teamsmockbot.questionbank";

        var ex = Refused(rubric);

        AssertRefusal(ex, "\"format\"", "\"teamsmockbot.questionbank\", but this file must be \"teamsmockbot.rubric\"");
    }

    [Fact]
    public void Read_MissingFormat_IsRefused()
    {
        var rubric = Rubric();
        rubric.Remove("format");

        AssertRefusal(Refused(rubric), "\"format\"", "is missing");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(0)]
    public void Read_UnknownFormatVersion_IsRefused(int version)
    {
        var rubric = Rubric();
        rubric["formatVersion"] = version;

        AssertRefusal(Refused(rubric), "\"formatVersion\"", $"is {version}, but this bot reads version 1");
    }

    [Fact]
    public void Read_FormatVersionAsText_IsRefused()
    {
        var rubric = Rubric();
        rubric["formatVersion"] = "1";

        AssertRefusal(Refused(rubric), "\"formatVersion\"", "not a whole number");
    }

    [Fact]
    public void Read_NotJson_IsRefusedNamingTheFile()
    {
        var ex = Assert.Throws<InvalidContentException>(() => RubricReader.Read(RubricFile, "{ \"format\": "));

        Assert.Equal(RubricFile, ex.File);
        Assert.Contains("not readable", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WrongValueType_IsRefusedNamingTheJsonPath()
    {
        var rubric = Rubric();
        rubric["competencies"]![0]!["title"] = 42;

        var ex = Refused(rubric);

        Assert.Contains("$.competencies[0].title", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateCompetencyId_IsRefused()
    {
        var rubric = Rubric();
        rubric["competencies"]!.AsArray().Add(Competency("structure"));

        AssertRefusal(Refused(rubric), "competency 'structure'", "appears more than once in the rubric, first at competencies[0] ('Structure')");
    }

    [Fact]
    public void Read_TrackCompetencyReusingAGeneralId_IsRefused()
    {
        var rubric = Rubric();
        rubric["tracks"]![0]!["competencies"]!.AsArray().Add(Competency("Communication"));

        AssertRefusal(Refused(rubric), "competency 'Communication'", "appears more than once");
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("-leading-dash")]
    public void Read_InvalidCompetencyId_IsRefused(string id)
    {
        var rubric = Rubric();
        rubric["competencies"]![1]!["id"] = id;

        AssertRefusal(Refused(rubric), "competencies[1]", "is not valid");
    }

    [Fact]
    public void Read_CompetencyWithoutId_IsRefusedByPosition()
    {
        var rubric = Rubric();
        rubric["competencies"]![1]!.AsObject().Remove("id");

        AssertRefusal(Refused(rubric), "competencies[1]", "has no \"id\"");
    }

    [Theory]
    [InlineData("3")]
    [InlineData("1")]
    public void Read_MissingLevelDescription_IsRefusedNamingTheLevel(string level)
    {
        var rubric = Rubric();
        rubric["competencies"]![0]!["levels"]!.AsObject().Remove(level);

        AssertRefusal(Refused(rubric), "competency 'Structure'", $"level {level} is not described");
    }

    [Fact]
    public void Read_EmptyLevelDescription_IsRefused()
    {
        var rubric = Rubric();
        rubric["tracks"]![0]!["competencies"]![0]!["levels"]!["4"] = "  ";

        AssertRefusal(Refused(rubric), "competency 'Scalability'", "level 4 is not described");
    }

    [Fact]
    public void Read_LevelOutsideOneToFour_IsRefused()
    {
        var rubric = Rubric();
        rubric["competencies"]![0]!["levels"]!["5"] = "Beyond ready";

        AssertRefusal(Refused(rubric), "competency 'Structure'", "\"levels\" has \"5\", which is not a rating");
    }

    [Fact]
    public void Read_CompetencyWithoutLevels_IsRefused()
    {
        var rubric = Rubric();
        rubric["competencies"]![0]!.AsObject().Remove("levels");

        AssertRefusal(Refused(rubric), "competency 'Structure'", "has no \"levels\"");
    }

    [Theory]
    [InlineData("title")]
    [InlineData("summary")]
    public void Read_CompetencyWithoutText_IsRefused(string field)
    {
        var rubric = Rubric();
        rubric["competencies"]![1]![field] = "";

        AssertRefusal(Refused(rubric), "competency 'Communication'", $"has no \"{field}\"");
    }

    [Fact]
    public void Read_NoGeneralCompetencies_IsRefused()
    {
        var rubric = Rubric();
        rubric["competencies"] = new JsonArray();

        AssertRefusal(Refused(rubric), "competencies", "no general competencies");
    }

    [Fact]
    public void Read_MissingReadinessLabels_IsRefused()
    {
        var rubric = Rubric();
        rubric.Remove("readinessLabels");

        AssertRefusal(Refused(rubric), "readinessLabels", "is missing");
    }

    [Theory]
    [InlineData("notYet")]
    [InlineData("almost")]
    [InlineData("ready")]
    public void Read_OneReadinessLabelMissing_IsRefusedNamingIt(string label)
    {
        var rubric = Rubric();
        rubric["readinessLabels"]!.AsObject().Remove(label);

        AssertRefusal(Refused(rubric), "readinessLabels", $"\"{label}\" is missing or empty");
    }

    [Theory]
    [InlineData("Astrology")]
    [InlineData("systemdesign")]
    [InlineData("2")]
    public void Read_UnknownTrack_IsRefusedListingTheTracks(string track)
    {
        var rubric = Rubric();
        rubric["tracks"]![0]!["track"] = track;

        AssertRefusal(Refused(rubric), "tracks[0]", $"track \"{track}\" is not one of Behavioral, ProductManagement, SystemDesign");
    }

    [Fact]
    public void Read_SameTrackTwice_IsRefused()
    {
        var rubric = Rubric();
        rubric["tracks"]!.AsArray().Add(new JsonObject { ["track"] = "SystemDesign", ["competencies"] = new JsonArray(Competency("Estimation")) });

        AssertRefusal(Refused(rubric), "track 'SystemDesign'", "appears more than once");
    }

    [Fact]
    public void Read_UnknownField_IsRefusedSoATypoIsNotIgnored()
    {
        var rubric = Rubric();
        rubric["competencies"]![0]!["summery"] = "typo";

        AssertRefusal(Refused(rubric), "competency 'Structure'", "has a field \"summery\" that formatVersion 1 does not define");
    }

    [Fact]
    public void Read_SeveralProblems_ReportsEveryOneAtOnce()
    {
        var rubric = Rubric();
        rubric["competencies"]![0]!["levels"]!.AsObject().Remove("2");
        rubric["competencies"]![1]!["title"] = "";
        rubric["readinessLabels"]!["ready"] = "";

        var ex = Refused(rubric);

        Assert.Equal(3, ex.Problems.Count);
        Assert.Contains("3 problems", ex.Message, StringComparison.Ordinal);
    }
}
