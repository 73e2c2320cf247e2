using TeamsMockBot.Domain.Questions;

namespace TeamsMockBot.Domain.Tests.Questions;

public sealed class QuestionPlannerTests
{
    private static Question Q(string id, Track track, params string[] focus) =>
        new(id, track, $"Question {id}?", TimeSpan.FromMinutes(3), "Something good.",
            ["Follow-up one?", "Follow-up two?"], ["Communication"], focus);

    // Six behavioral questions (two about conflict, one of them also about stakeholders) and two of another track.
    private static readonly QuestionBank Bank = new(
    [
        Q("b-01", Track.Behavioral, "introduction"),
        Q("b-02", Track.Behavioral, "conflict", "teamwork"),
        Q("b-03", Track.Behavioral, "failure"),
        Q("b-04", Track.Behavioral, "leadership"),
        Q("b-05", Track.Behavioral, "stakeholders", "conflict"),
        Q("b-06", Track.Behavioral, "stakeholders"),
        Q("sd-01", Track.SystemDesign, "conflict", "scaling"),
        Q("sd-02", Track.SystemDesign, "caching"),
    ]);

    private static readonly string[] BehavioralIds = ["b-01", "b-02", "b-03", "b-04", "b-05", "b-06"];

    private static IReadOnlyList<string> Ids(IReadOnlyList<Question> plan) => plan.Select(q => q.Id).ToList();

    private static IReadOnlyList<string> PlanIds(string focus, int count, string[]? asked = null, int seed = 7, Track track = Track.Behavioral) =>
        Ids(QuestionPlanner.Plan(Bank, track, focus, count, asked ?? [], seed));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(6)]
    public void Plan_Count_ReturnsThatManyDistinctQuestions(int count)
    {
        var plan = PlanIds("", count);

        Assert.Equal(count, plan.Count);
        Assert.Equal(count, plan.Distinct().Count());
    }

    [Fact]
    public void Plan_MoreThanTheTrackHas_ReturnsEveryQuestionOnce()
    {
        var plan = PlanIds("", 12);

        Assert.Equal(BehavioralIds, plan.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Plan_CountNotPositive_Throws(int count)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PlanIds("", count));
    }

    [Fact]
    public void Plan_Track_DrawsOnlyThatTrackEvenWhenOthersMatchTheFocus()
    {
        var plan = QuestionPlanner.Plan(Bank, Track.SystemDesign, "conflict", 5, [], seed: 1);

        Assert.Equal(["sd-01", "sd-02"], Ids(plan));
    }

    [Fact]
    public void Plan_TrackWithNoQuestions_IsEmpty()
    {
        Assert.Empty(PlanIds("", 3, track: Track.ConsultingCase));
    }

    [Theory]
    [MemberData(nameof(QuestionBankTests.AllTracks), MemberType = typeof(QuestionBankTests))]
    public void Plan_BuiltInBank_DrawsOnlyTheSessionsTrack(Track track)
    {
        var plan = QuestionPlanner.Plan(QuestionBank.BuiltIn, track, "teamwork conflict", 12, [], seed: 42);

        Assert.NotEmpty(plan);
        Assert.All(plan, q => Assert.Equal(track, q.Track));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(99)]
    public void Plan_AlreadyAsked_NeverRepeatsWhileUnaskedQuestionsRemain(int seed)
    {
        string[] asked = ["b-01", "b-02", "b-03", "b-04"];

        var plan = PlanIds("conflict", 2, asked, seed);

        Assert.Equal(["b-05", "b-06"], plan.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Plan_AlreadyAskedComparesIdsIgnoringCase_AsTheBankDoes()
    {
        string[] asked = ["B-01", "B-02", "b-03", "B-04"];

        var plan = PlanIds("", 2, asked);

        Assert.Equal(["b-05", "b-06"], plan.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Plan_AlreadyAskedAsCaseSensitiveSet_StillIgnoresCase()
    {
        var asked = new HashSet<string>(["B-01", "B-02", "B-03", "B-04"], StringComparer.Ordinal);

        var plan = Ids(QuestionPlanner.Plan(Bank, Track.Behavioral, "", 2, asked, seed: 3));

        Assert.Equal(["b-05", "b-06"], plan.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Plan_FewUnaskedLeft_PutsTheFreshOnesFirstThenFallsBackToAsked()
    {
        string[] asked = ["b-01", "b-02", "b-03", "b-04", "b-05"];

        var plan = PlanIds("", 4, asked);

        Assert.Equal("b-06", plan[0]);
        Assert.Equal(4, plan.Distinct().Count());
        Assert.All(plan.Skip(1), id => Assert.Contains(id, asked));
    }

    [Fact]
    public void Plan_EverythingAsked_StillPlansTheFullCount()
    {
        var plan = PlanIds("", 3, BehavioralIds);

        Assert.Equal(3, plan.Distinct().Count());
        Assert.All(plan, id => Assert.Contains(id, BehavioralIds));
    }

    [Fact]
    public void Plan_FreshQuestions_RankAboveAskedOnesThatMatchTheFocus()
    {
        var plan = PlanIds("conflict", 6, ["b-02", "b-05"]);

        Assert.Equal(["b-02", "b-05"], plan.Skip(4).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(17)]
    public void Plan_ConflictFocus_PutsConflictQuestionsFirst(int seed)
    {
        var plan = PlanIds("Handling conflict", 4, seed: seed);

        Assert.Equal(["b-02", "b-05"], plan.Take(2).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Plan_FocusMatchingMoreKeywords_RanksHigher()
    {
        var plan = PlanIds("conflict with stakeholders", 6);

        Assert.Equal("b-05", plan[0]);
        Assert.Equal(["b-02", "b-06"], plan.Skip(1).Take(2).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Plan_FocusInCapitals_StillMatches()
    {
        var plan = PlanIds("LEADERSHIP", 1);

        Assert.Equal(["b-04"], plan);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Plan_BuiltInBankConflictFocus_PutsEveryConflictQuestionFirst(int seed)
    {
        var behavioral = QuestionBank.BuiltIn.ForTrack(Track.Behavioral);
        var conflictIds = behavioral.Where(q => q.Focus.Contains("conflict")).Select(q => q.Id).ToList();
        Assert.NotEmpty(conflictIds);

        var plan = QuestionPlanner.Plan(QuestionBank.BuiltIn, Track.Behavioral, "conflict", 5, [], seed);

        Assert.Equal(conflictIds.Order(StringComparer.Ordinal), plan.Take(conflictIds.Count).Select(q => q.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Plan_SameSeed_SamePlan()
    {
        var first = QuestionPlanner.Plan(QuestionBank.BuiltIn, Track.Behavioral, "teamwork", 6, ["beh-01"], seed: 1234);
        var second = QuestionPlanner.Plan(QuestionBank.BuiltIn, Track.Behavioral, "teamwork", 6, ["beh-01"], seed: 1234);

        Assert.Equal(Ids(first), Ids(second));
    }

    [Fact]
    public void Plan_DifferentSeeds_VaryTheOrderAmongEquals()
    {
        var plans = Enumerable.Range(0, 20)
            .Select(seed => string.Join(",", Ids(QuestionPlanner.Plan(QuestionBank.BuiltIn, Track.Behavioral, "", 5, [], seed))))
            .Distinct()
            .Count();

        Assert.True(plans > 10, $"Only {plans} distinct plans from 20 seeds.");
    }
}
