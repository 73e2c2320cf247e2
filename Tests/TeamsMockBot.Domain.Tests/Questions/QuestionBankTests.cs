using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;

namespace TeamsMockBot.Domain.Tests.Questions;

public sealed class QuestionBankTests
{
    private static readonly QuestionBank Bank = QuestionBank.BuiltIn;

    public static TheoryData<Track> AllTracks()
    {
        var data = new TheoryData<Track>();
        foreach (var track in Enum.GetValues<Track>())
        {
            data.Add(track);
        }

        return data;
    }

    private static Question Sample(string id = "t-01", int followUps = 2, string[]? competencies = null, double minutes = 3) =>
        new(id, Track.General, $"Question {id}?", TimeSpan.FromMinutes(minutes), "Something good.",
            Enumerable.Range(1, followUps).Select(i => $"Follow-up {i}?").ToArray(),
            competencies ?? ["Communication"],
            ["general"]);

    [Theory]
    [MemberData(nameof(AllTracks))]
    public void BuiltIn_EachTrack_HasAtLeastEightQuestionsOfThatTrack(Track track)
    {
        var questions = Bank.ForTrack(track);

        Assert.True(questions.Count >= 8, $"{track} has only {questions.Count} questions.");
        Assert.All(questions, q => Assert.Equal(track, q.Track));
    }

    [Fact]
    public void BuiltIn_Ids_AreUniqueAndPrefixedByTrack()
    {
        var prefixes = new Dictionary<Track, string>
        {
            [Track.Behavioral] = "beh-",
            [Track.ProductManagement] = "pm-",
            [Track.SystemDesign] = "sd-",
            [Track.ConsultingCase] = "case-",
            [Track.CodingTalkThrough] = "code-",
            [Track.General] = "gen-",
        };

        var duplicates = Bank.All.GroupBy(q => q.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);
        var misnamed = Bank.All.Where(q => !q.Id.StartsWith(prefixes[q.Track], StringComparison.Ordinal)).Select(q => q.Id);

        Assert.Empty(duplicates);
        Assert.Empty(misnamed);
    }

    [Fact]
    public void BuiltIn_Texts_AreUnique()
    {
        var duplicates = Bank.All.GroupBy(q => q.Text.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void BuiltIn_FollowUps_AreExactlyTwoNonEmptyAndDistinct()
    {
        var bad = Bank.All
            .Where(q => q.FollowUps.Count != 2
                || q.FollowUps.Any(string.IsNullOrWhiteSpace)
                || string.Equals(q.FollowUps[0], q.FollowUps[1], StringComparison.OrdinalIgnoreCase))
            .Select(q => q.Id);

        Assert.Empty(bad);
    }

    [Fact]
    public void BuiltIn_Competencies_AreOneToThreeDistinctIdsRatedInTheQuestionsTrack()
    {
        var bad = Bank.All
            .Where(q => q.Competencies.Count is < 1 or > 3
                || q.Competencies.Distinct().Count() != q.Competencies.Count
                || q.Competencies.Any(id => !Rubric.BuiltIn.ForTrack(q.Track).Any(c => c.Id == id)))
            .Select(q => q.Id);

        Assert.Empty(bad);
    }

    [Fact]
    public void BuiltIn_TimeAllowed_IsBetweenOneAndFifteenMinutes()
    {
        var bad = Bank.All
            .Where(q => q.TimeAllowed < TimeSpan.FromMinutes(1) || q.TimeAllowed > TimeSpan.FromMinutes(15))
            .Select(q => $"{q.Id} ({q.TimeAllowed})");

        Assert.Empty(bad);
    }

    [Fact]
    public void BuiltIn_GeneralQuestions_AreShorterThanCasesAndDesigns()
    {
        // Short prepared answers and long worked problems need very different slots; a mix-up
        // would make the timer cards useless for the interviewer.
        var longestGeneral = Bank.ForTrack(Track.General).Max(q => q.TimeAllowed);
        var shortestCase = Bank.ForTrack(Track.ConsultingCase).Min(q => q.TimeAllowed);
        var shortestDesign = Bank.ForTrack(Track.SystemDesign).Min(q => q.TimeAllowed);

        Assert.True(longestGeneral < shortestCase, $"General max {longestGeneral} vs case min {shortestCase}.");
        Assert.True(longestGeneral < shortestDesign, $"General max {longestGeneral} vs design min {shortestDesign}.");
    }

    [Fact]
    public void BuiltIn_FocusKeywords_AreTwoToFiveTrimmedLowerCase()
    {
        var bad = Bank.All
            .Where(q => q.Focus.Count is < 2 or > 5
                || q.Focus.Any(f => string.IsNullOrWhiteSpace(f)
                    || f != f.Trim()
                    || !string.Equals(f, f.ToLowerInvariant(), StringComparison.Ordinal)))
            .Select(q => q.Id);

        Assert.Empty(bad);
    }

    [Fact]
    public void BuiltIn_WhatGoodLooksLike_IsPresentOnEveryQuestion()
    {
        var bad = Bank.All.Where(q => string.IsNullOrWhiteSpace(q.WhatGoodLooksLike)).Select(q => q.Id);

        Assert.Empty(bad);
    }

    [Theory]
    [InlineData("tell me about yourself")]
    [InlineData("conflict")]
    [InlineData("failure")]
    [InlineData("leadership")]
    [InlineData("ambiguity")]
    [InlineData("teamwork")]
    [InlineData("influence")]
    [InlineData("prioritization")]
    public void BuiltIn_BehavioralTrack_CoversCoreTheme(string theme)
    {
        Assert.Contains(Bank.ForTrack(Track.Behavioral), q => q.Focus.Contains(theme));
    }

    [Fact]
    public void Find_KnownIdInAnyCase_ReturnsQuestion()
    {
        Assert.Equal("beh-01", Bank.Find("beh-01")?.Id);
        Assert.Equal("beh-01", Bank.Find("BEH-01")?.Id);
    }

    [Fact]
    public void Find_UnknownId_ReturnsNull()
    {
        Assert.Null(Bank.Find("nope-99"));
    }

    [Fact]
    public void Get_UnknownId_ThrowsKeyNotFoundNamingTheId()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => Bank.Get("nope-99"));

        Assert.Contains("nope-99", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForTrack_TrackWithNoQuestions_ReturnsEmpty()
    {
        var bank = new QuestionBank([Sample()]);

        Assert.Empty(bank.ForTrack(Track.SystemDesign));
        Assert.Single(bank.ForTrack(Track.General));
    }

    [Fact]
    public void Constructor_DuplicateId_ThrowsNamingTheId()
    {
        var ex = Assert.Throws<ArgumentException>(() => new QuestionBank([Sample("dup-07"), Sample("dup-07")]));

        Assert.Contains("dup-07", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_IdsDifferingOnlyInCase_AreDuplicates()
    {
        Assert.Throws<ArgumentException>(() => new QuestionBank([Sample("x-01"), Sample("X-01")]));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Constructor_WrongFollowUpCount_ThrowsNamingTheId(int followUps)
    {
        var ex = Assert.Throws<ArgumentException>(() => new QuestionBank([Sample("fu-01", followUps: followUps)]));

        Assert.Contains("fu-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NoCompetencies_ThrowsNamingTheId()
    {
        var ex = Assert.Throws<ArgumentException>(() => new QuestionBank([Sample("comp-01", competencies: [])]));

        Assert.Contains("comp-01", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_NonPositiveTime_ThrowsNamingTheId(double minutes)
    {
        var ex = Assert.Throws<ArgumentException>(() => new QuestionBank([Sample("time-01", minutes: minutes)]));

        Assert.Contains("time-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ValidQuestions_KeepsSuppliedOrder()
    {
        var bank = new QuestionBank([Sample("b-02"), Sample("a-01")]);

        Assert.Equal(["b-02", "a-01"], bank.All.Select(q => q.Id));
    }
}
