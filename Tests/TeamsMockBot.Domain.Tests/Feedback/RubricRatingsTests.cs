using TeamsMockBot.Domain.Feedback;

namespace TeamsMockBot.Domain.Tests.Feedback;

public sealed class RubricRatingsTests
{
    [Fact]
    public void Overall_NoRatings_IsNull()
    {
        Assert.Null(RubricRatings.Overall(new Dictionary<Competency, int>()));
    }

    [Fact]
    public void Overall_SomeRatings_IsTheMeanOfThoseRoundedToOneDecimal()
    {
        var ratings = new Dictionary<Competency, int> { [Competency.Structure] = 4, [Competency.Results] = 3, [Competency.Presence] = 3 };

        Assert.Equal(3.3, RubricRatings.Overall(ratings));
    }
}
