using TeamsMockBot.Domain.Feedback.Coaching;
using TeamsMockBot.Domain.Feedback;

namespace TeamsMockBot.Domain.Tests.Feedback;

public sealed class FeedbackDraftTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 4, 10, 0, 0, TimeSpan.Zero);

    private const string SpecificStrength = "You opened the conflict story with a crisp one-line summary.";
    private const string SpecificImprovement = "Put a number on the result: how much faster did the team ship?";

    private static readonly IReadOnlyList<RubricCompetency> Competencies = Rubric.BuiltIn.General;

    private static Dictionary<string, int?> Ratings(params int?[] values) =>
        Competencies.Select((c, i) => (c.Id, values[i % values.Length])).ToDictionary(p => p.Id, p => p.Item2);

    private static FeedbackDraft Valid() => new(
        Ratings(4, 4, 3, 3, 3, 2, 3),
        SpecificStrength,
        SpecificImprovement,
        ["Rehearse two STAR stories aloud.", "Quantify every result you mention."],
        Readiness.Almost);

    [Fact]
    public void Validate_ValidDraft_HasNoErrors()
    {
        Assert.Empty(Valid().Validate(Competencies));
    }

    [Fact]
    public void Validate_EmptyDraft_FlagsEveryFieldByItsName()
    {
        var errors = FeedbackDraft.Empty.Validate(Competencies);

        var expected = Competencies.Select(c => FeedbackPart.Rating(c.Id))
            .Concat([FeedbackPart.Strengths, FeedbackPart.Improvements, FeedbackPart.ActionPlan, FeedbackPart.Readiness]);
        Assert.Equal(expected.Order(StringComparer.Ordinal), errors.Keys.Order(StringComparer.Ordinal));
        Assert.All(errors.Values, message => Assert.False(string.IsNullOrWhiteSpace(message)));
    }

    public static TheoryData<string, FeedbackDraft> DraftsMissingOneField()
    {
        var valid = Valid();
        var data = new TheoryData<string, FeedbackDraft>
        {
            { FeedbackPart.Strengths, valid with { Strengths = "  " } },
            { FeedbackPart.Improvements, valid with { Improvements = string.Empty } },
            { FeedbackPart.ActionPlan, valid with { ActionPlan = [] } },
            { FeedbackPart.Readiness, valid with { Readiness = null } },
        };
        foreach (var competency in Competencies)
        {
            var ratings = new Dictionary<string, int?>(valid.Ratings);
            ratings.Remove(competency.Id);
            data.Add(FeedbackPart.Rating(competency.Id), valid with { Ratings = ratings });
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DraftsMissingOneField))]
    public void Validate_OneFieldMissing_FlagsExactlyThatField(string field, FeedbackDraft draft)
    {
        var errors = draft.Validate(Competencies);

        Assert.Equal([field], errors.Keys);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-1)]
    [InlineData(null)]
    public void Validate_RatingOutsideOneToFour_IsRefused(int? rating)
    {
        var ratings = new Dictionary<string, int?>(Valid().Ratings) { ["Results"] = rating };

        var errors = (Valid() with { Ratings = ratings }).Validate(Competencies);

        Assert.Equal([FeedbackPart.Rating("Results")], errors.Keys);
        Assert.Equal("Choose a rating from 1 to 4, or Not observed.", errors[FeedbackPart.Rating("Results")]);
    }

    [Fact]
    public void Validate_TrackWithItsOwnCompetency_AlsoRequiresThatRating()
    {
        var systemDesign = Competencies.Append(new RubricCompetency("Scalability", "Scalability", "Grows the design.", ["1", "2", "3", "4"])).ToList();

        var errors = Valid().Validate(systemDesign);

        Assert.Equal([FeedbackPart.Rating("Scalability")], errors.Keys);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Validate_RatingAtTheEdges_IsAccepted(int rating)
    {
        Assert.Empty((Valid() with { Ratings = Ratings(rating) }).Validate(Competencies));
    }

    [Theory]
    [InlineData("Rehearse two STAR stories aloud.")]
    [InlineData("Rehearse two STAR stories aloud.|   ")]
    [InlineData("|Rehearse two STAR stories aloud.|")]
    public void Validate_FewerThanTwoActionSteps_IsRefused(string steps)
    {
        var errors = (Valid() with { ActionPlan = steps.Split('|') }).Validate(Competencies);

        Assert.Equal([FeedbackPart.ActionPlan], errors.Keys);
        Assert.Contains("2–3", errors[FeedbackPart.ActionPlan], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("good job")]
    [InlineData("Good job!")]
    [InlineData("Great.")]
    [InlineData("ok")]
    [InlineData("n/a")]
    [InlineData("Nice answers overall")]
    public void Validate_VagueComment_IsAdvisedButDoesNotBlock(string comment)
    {
        var draft = Valid() with { Strengths = comment, Improvements = comment };

        Assert.Empty(draft.Validate(Competencies));
        var advice = draft.Advise();
        Assert.Equal([FeedbackPart.Improvements, FeedbackPart.Strengths], advice.Keys.Order(StringComparer.Ordinal));
        Assert.All(advice.Values, flags => Assert.Equal(CoachConcern.Vague, Assert.Single(flags).Concern));
    }

    [Theory]
    [InlineData("that was terrible")]
    [InlineData("Honestly, that was terrible and the structure was all over the place.")]
    [InlineData("The second answer was just AWFUL, you lost me completely halfway through.")]
    public void Validate_HarshComment_IsAdvisedToBeKindButDoesNotBlock(string comment)
    {
        var draft = Valid() with { Improvements = comment };

        Assert.Empty(draft.Validate(Competencies));
        Assert.Contains(draft.Advise()[FeedbackPart.Improvements], a => a.Concern == CoachConcern.Harsh);
    }

    [Fact]
    public void Validate_NotObservedCompetency_NeedsNoRatingAndIsLeftOutOfTheScore()
    {
        var ratings = Competencies.ToDictionary(c => c.Id, c => (int?)(c.Id == "Results" ? null : 4));
        var draft = Valid() with { Ratings = ratings, NotObserved = ["Results"] };

        Assert.Empty(draft.Validate(Competencies));
        var report = draft.ToReport("mentor", DateTimeOffset.UnixEpoch);
        Assert.DoesNotContain("Results", report.Ratings.Keys);
        Assert.Equal(["Results"], report.NotObserved);
        Assert.Equal(4.0, report.OverallScore);
    }

    [Theory]
    [InlineData("2026-12-09", null)]
    [InlineData("", null)]
    [InlineData("next week", "Pick a date")]
    [InlineData("2026-11-30", "Pick a date from today")]
    [InlineData("2027-12-09", "Pick a date from today")]
    public void Validate_StepDate_MustBeADateFromTodayOrEmpty(string due, string? problem)
    {
        var errors = (Valid() with { ActionDue = [due] }).Validate(Competencies, new DateOnly(2026, 12, 2));

        if (problem is null)
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.StartsWith(problem, errors[FeedbackPart.ActionDue(1)], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ToReport_StepDates_AreKeptByStepAndEmptyMeansBeforeTheNextMock()
    {
        var report = (Valid() with { ActionDue = ["", "2026-12-09"] }).ToReport("mentor", DateTimeOffset.UnixEpoch);

        Assert.Equal([null, new DateOnly(2026, 12, 9)], report.ActionDue);
        Assert.Null(report.DueOf(0));
        Assert.Null(report.DueOf(5));
    }

    [Fact]
    public void Validate_ActionStepTooLong_IsRefused()
    {
        var errors = (Valid() with { ActionPlan = ["Rehearse two STAR stories aloud.", new string('x', FeedbackDraft.MaxActionStepLength + 1)] }).Validate(Competencies);

        Assert.Contains("under 500", errors[FeedbackPart.ActionStep(2)], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CommentTooLong_IsRefused()
    {
        var errors = (Valid() with { Strengths = SpecificStrength + new string('x', FeedbackDraft.MaxCommentLength) }).Validate(Competencies);

        Assert.Equal([FeedbackPart.Strengths], errors.Keys);
        Assert.Contains("under 2000", errors[FeedbackPart.Strengths], StringComparison.Ordinal);
    }

    [Fact]
    public void ToReport_ValidDraft_TrimsTheTextAndKeepsEverything()
    {
        var draft = Valid() with
        {
            Strengths = "  " + SpecificStrength + "\n",
            Improvements = "\t" + SpecificImprovement + "  ",
            ActionPlan = ["  Rehearse two STAR stories aloud. ", "Quantify every result you mention.\n"],
        };

        var report = draft.ToReport("29:1mentor", Now);

        Assert.Equal("29:1mentor", report.AuthorId);
        Assert.Equal(SpecificStrength, report.Strengths);
        Assert.Equal(SpecificImprovement, report.Improvements);
        Assert.Equal(["Rehearse two STAR stories aloud.", "Quantify every result you mention."], report.ActionPlan);
        Assert.Equal(Readiness.Almost, report.Readiness);
        Assert.Equal(Now, report.SubmittedAt);
        Assert.Equal(Competencies.Select(c => c.Id).Order(StringComparer.Ordinal), report.Ratings.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(4, report.Ratings["Structure"]);
        Assert.Equal(2, report.Ratings["RoleKnowledge"]);
    }

    [Fact]
    public void ToReport_BlankAndExtraSteps_KeepsTheFirstThreeNonBlankOnes()
    {
        var draft = Valid() with { ActionPlan = ["", " One ", "  ", "Two", "Three ", "Four"] };

        Assert.Empty(draft.Validate(Competencies));
        Assert.Equal(["One", "Two", "Three"], draft.ToReport("m", Now).ActionPlan);
    }

    [Theory]
    [InlineData(new[] { 4, 4, 3, 3, 3, 2, 3 }, 3.1)] // 22 / 7 = 3.142…
    [InlineData(new[] { 4, 4, 4, 4, 4, 3, 3 }, 3.7)] // 26 / 7 = 3.714…
    [InlineData(new[] { 1, 1, 1, 1, 1, 1, 1 }, 1.0)]
    [InlineData(new[] { 2, 3, 2, 3, 2, 3, 2 }, 2.4)] // 17 / 7 = 2.428…
    public void ToReport_OverallScore_IsTheMeanRoundedToOneDecimal(int[] ratings, double expected)
    {
        var draft = Valid() with { Ratings = Ratings([.. ratings.Select(r => (int?)r)]) };

        Assert.Equal(expected, draft.ToReport("m", Now).OverallScore);
    }

    [Fact]
    public void ToReport_NoReadiness_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => (Valid() with { Readiness = null }).ToReport("m", Now));
    }
}
