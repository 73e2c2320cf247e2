using TeamsMockBot.Domain.Feedback;

namespace TeamsMockBot.Domain.Tests.Feedback;

public sealed class SelfAssessmentDraftTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 4, 10, 0, 0, TimeSpan.Zero);

    private static readonly IReadOnlyList<RubricCompetency> Competencies = Rubric.BuiltIn.General;

    private static Dictionary<string, int?> Ratings(params int?[] values) =>
        Competencies.Select((c, i) => (c.Id, values[i % values.Length])).ToDictionary(p => p.Id, p => p.Item2);

    private static SelfAssessmentDraft Valid() => new(Ratings(3, 2, 2, 3, 2, 3, 3), "I rambled on the first answer.");

    [Fact]
    public void Validate_ValidDraft_HasNoErrors()
    {
        Assert.Empty(Valid().Validate(Competencies));
    }

    [Fact]
    public void Validate_EmptyDraft_FlagsEveryRatingButNotTheOptionalReflection()
    {
        var errors = SelfAssessmentDraft.Empty.Validate(Competencies);

        Assert.Equal(Competencies.Select(c => FeedbackPart.Rating(c.Id)).Order(StringComparer.Ordinal), errors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(null)]
    public void Validate_RatingOutsideOneToFour_IsRefused(int? rating)
    {
        var ratings = new Dictionary<string, int?>(Valid().Ratings) { ["Presence"] = rating };

        var errors = (Valid() with { Ratings = ratings }).Validate(Competencies);

        Assert.Equal([FeedbackPart.Rating("Presence")], errors.Keys);
    }

    [Fact]
    public void Validate_ReflectionTooLong_IsRefused()
    {
        var errors = (Valid() with { Reflection = new string('x', SelfAssessmentDraft.MaxReflectionLength + 1) }).Validate(Competencies);

        Assert.Equal([FeedbackPart.Reflection], errors.Keys);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ok")]
    public void Validate_ShortOrEmptyReflection_IsTheCandidatesOwnBusiness(string reflection)
    {
        Assert.Empty((Valid() with { Reflection = reflection }).Validate(Competencies));
    }

    [Fact]
    public void ToAssessment_ValidDraft_TrimsAndComputesTheOverallScore()
    {
        var assessment = (Valid() with { Reflection = "  I rambled on the first answer.\n" }).ToAssessment("29:1student", Now);

        Assert.Equal("29:1student", assessment.AuthorId);
        Assert.Equal("I rambled on the first answer.", assessment.Reflection);
        Assert.Equal(Now, assessment.SubmittedAt);
        Assert.Equal(7, assessment.Ratings.Count);
        Assert.Equal(2.6, assessment.OverallScore); // 18 / 7 = 2.571…
    }
}
