using TeamsMockBot.Domain.Feedback;

namespace TeamsMockBot.Domain.Tests.Feedback;

public sealed class RubricRatingsTests
{
    [Fact]
    public void Overall_NoRatings_IsNull()
    {
        Assert.Null(RubricRatings.Overall(new Dictionary<string, int>()));
    }

    [Fact]
    public void Overall_SomeRatings_IsTheMeanOfThoseRoundedToOneDecimal()
    {
        var ratings = new Dictionary<string, int> { ["Structure"] = 4, ["Results"] = 3, ["Presence"] = 3 };

        Assert.Equal(3.3, RubricRatings.Overall(ratings));
    }
}
