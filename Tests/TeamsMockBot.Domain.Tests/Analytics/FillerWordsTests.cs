using TeamsMockBot.Domain.Analytics;

namespace TeamsMockBot.Domain.Tests.Analytics;

/// <summary>The filler rules documented on <see cref="FillerWords"/>, one example each way.</summary>
public sealed class FillerWordsTests
{
    private static Dictionary<string, int> Count(string text) => FillerWords.Count(SpokenWords.Split(text));

    private static int Total(string text) => Count(text).Values.Sum();

    [Theory]
    [InlineData("Um, I think so.", "um")]
    [InlineData("Ummm okay.", "um")]
    [InlineData("It was, uh, fine.", "uh")]
    [InlineData("Erm, where was I?", "erm")]
    [InlineData("We basically rewrote it.", "basically")]
    [InlineData("Actually the tests were green.", "actually")]
    public void Hesitations_AlwaysCount(string text, string filler)
    {
        Assert.Equal(new Dictionary<string, int> { [filler] = 1 }, Count(text));
    }

    [Theory]
    [InlineData("Like, we shipped it anyway.")] // starts a sentence, then a pause
    [InlineData("And, like, the client loved it.")] // between pauses
    [InlineData("It was like huge for us.")] // after a form of "be"
    [InlineData("So like we split the team.")] // after a joining word
    [InlineData("It's like the third time.")] // after 's
    [InlineData("We were just like stuck.")] // after another filler
    public void Like_AsFiller_Counts(string text)
    {
        Assert.Equal(1, Count(text).GetValueOrDefault("like"));
    }

    [Theory]
    [InlineData("I like working in small teams.")] // subject: the verb
    [InlineData("I'd like to lead the next one.")] // 'd: the verb
    [InlineData("We would like more time.")] // modal: the verb
    [InlineData("They didn't like the first design.")] // helper: the verb
    [InlineData("It looks like the cache was stale.")] // perception verb: comparison
    [InlineData("I feel like it went well.")] // perception verb
    [InlineData("It seemed like a good idea.")] // seeming verb
    [InlineData("Something like ten users.")] // comparing word
    [InlineData("People like to be heard.")] // followed by "to": the verb
    [InlineData("We used a tool like Jira.")] // between two phrases: a preposition
    public void Like_AsVerbComparisonOrPreposition_DoesNotCount(string text)
    {
        Assert.Equal(0, Count(text).GetValueOrDefault("like"));
    }

    [Theory]
    [InlineData("It was, you know, a hard week.", 1)]
    [InlineData("We moved fast, you know.", 1)]
    [InlineData("Do you know the answer?", 0)]
    [InlineData("Let you know tomorrow.", 0)]
    [InlineData("You know what we did?", 0)]
    public void YouKnow_CountsOnlyAsAFiller(string text, int expected)
    {
        Assert.Equal(expected, Count(text).GetValueOrDefault("you know"));
    }

    [Theory]
    [InlineData("I mean, it worked.", 1)]
    [InlineData("That is what I mean.", 0)]
    [InlineData("I mean it.", 0)]
    public void IMean_CountsOnlyAsAFiller(string text, int expected)
    {
        Assert.Equal(expected, Count(text).GetValueOrDefault("I mean"));
    }

    [Theory]
    [InlineData("It was kind of hard.", "kind of", 1)]
    [InlineData("I sort of took over.", "sort of", 1)]
    [InlineData("What kind of role is it?", "kind of", 0)]
    [InlineData("That sort of problem repeats.", "sort of", 0)]
    public void SortOfKindOf_CountOnlyAsHedges(string text, string filler, int expected)
    {
        Assert.Equal(expected, Count(text).GetValueOrDefault(filler));
    }

    [Fact]
    public void Words_HyphensAndApostrophesStayInside()
    {
        Assert.Equal(["walk", "me", "through", "the", "worst-case", "don't", "panic"], SpokenWords.Split("Walk me through the worst-case — don’t panic.").Select(w => w.Text));
        Assert.Equal(7, SpokenWords.Count("Walk me through the worst-case — don’t panic."));
    }

    [Fact]
    public void CleanAnswer_HasNoFillers()
    {
        Assert.Equal(0, Total("I led a team of four, set weekly goals and cut the release time from ten days to six."));
    }
}
