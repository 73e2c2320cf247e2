using TeamsMockBot.Domain.Feedback;

namespace TeamsMockBot.Domain.Tests.Feedback;

public sealed class FeedbackCoachTests
{
    [Theory]
    [InlineData("You opened the conflict story with a crisp one-line summary.")]
    [InlineData("Next time, state the result first and then explain the trade-offs you weighed.")]
    public void Review_SpecificKindComment_HasNoCoaching(string comment)
    {
        Assert.Null(FeedbackCoach.Review(comment));
    }

    [Theory]
    [InlineData("good job")]
    [InlineData("  Good job!  ")]
    [InlineData("WELL DONE.")]
    [InlineData("fine")]
    [InlineData("Solid answers")]
    public void Review_VagueOrShortComment_AsksForSpecifics(string comment)
    {
        Assert.StartsWith("Be specific", FeedbackCoach.Review(comment), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("that was terrible")]
    [InlineData("Your structure was terrible, you never got to the result at all.")]
    [InlineData("Why was the second answer so terrible?")]
    [InlineData("The pacing throughout the whole interview was (frankly awful).")]
    [InlineData("Your framework was \"useless\" for a market-sizing question like this.")]
    [InlineData("The opening was hopeless—you never said what the project was for.")]
    public void Review_HarshComment_AsksForKindness(string comment)
    {
        Assert.StartsWith("Keep it kind", FeedbackCoach.Review(comment), StringComparison.Ordinal);
    }

    [Fact]
    public void Review_HarshWordInsideALongerWord_IsNotFlagged()
    {
        // "worst" is harsh on its own, "worsted" is not; words are matched whole.
        Assert.Null(FeedbackCoach.Review("The worsted-wool suit analogy in your pitch landed well with me."));
    }
}
