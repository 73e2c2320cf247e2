using TeamsMockBot.Domain.Feedback.Coaching;

namespace TeamsMockBot.Domain.Tests.Feedback;

public sealed class FeedbackCoachTests
{
    private static IEnumerable<CoachConcern> Concerns(string comment, CommentField field) =>
        FeedbackCoach.Review(comment, field).Select(a => a.Concern);

    [Theory]
    [InlineData("Next time, explain the worst-case complexity first, then the average case.")]
    [InlineData("Walk me through the worst-case first, then say what the cache buys you.")]
    [InlineData("You opened the conflict story with a crisp one-line summary; keep that opening.")]
    public void Review_SpecificActionableKindComment_HasNoFlags(string comment)
    {
        Assert.Empty(FeedbackCoach.Review(comment, CommentField.Improvement));
    }

    [Fact]
    public void Review_HyphenatedWord_IsReadWhole()
    {
        // "worst" alone is harsh; "worst-case" is a term of the trade.
        Assert.Equal(["worst-case", "complexity"], CommentTokens.Read("worst-case complexity").Select(t => t.Text));
        Assert.DoesNotContain(CoachConcern.Harsh, Concerns("Explain the worst-case complexity first on the next two questions.", CommentField.ActionStep));
        Assert.Contains(CoachConcern.Harsh, Concerns("That was the worst answer to the salary question; prepare a range.", CommentField.Improvement));
    }

    [Fact]
    public void Review_HarshWordInsideAQuote_IsTheStudentsWordNotTheGivers()
    {
        var tokens = CommentTokens.Read("You said \"it was a disaster\" twice.");

        Assert.Contains(tokens, t => t.Kind == CommentTokenKind.Quote && t.Text == "it was a disaster");
        Assert.Empty(FeedbackCoach.Review("You kept saying \"it was a disaster\" about the launch; describe what you did instead.", CommentField.Improvement));
    }

    [Theory]
    [InlineData("good job")]
    [InlineData("It was confusing")]
    [InlineData("Practise more")]
    public void Review_GenericComment_IsVagueWithOneSuggestion(string comment)
    {
        var advice = Assert.Single(FeedbackCoach.Review(comment, CommentField.Improvement));

        Assert.Equal(CoachConcern.Vague, advice.Concern);
        Assert.Contains("e.g.", advice.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_ImprovementWithoutAStep_AsksForTheNextStep()
    {
        Assert.Equal([CoachConcern.NoNextStep], Concerns("The result of the conflict story was missing.", CommentField.Improvement));
        Assert.Empty(Concerns("The result of the conflict story was missing.", CommentField.QuestionNote));
    }

    [Theory]
    [InlineData("You never listen to the question, so next time repeat it back.", "never")]
    [InlineData("STOP SAYING LIKE. Record yourself answering Q1.", "STOP SAYING LIKE")]
    [InlineData("Your system design was terrible; start with the requirements.", "terrible")]
    public void Review_HarshWording_NamesTheWordsThatRaisedIt(string comment, string because)
    {
        var harsh = Assert.Single(FeedbackCoach.Review(comment, CommentField.Improvement), a => a.Concern == CoachConcern.Harsh);

        Assert.Contains(because, harsh.Because, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Never skip the result: end every story with a number.")]
    [InlineData("You should never open with your GPA; lead with the project.")]
    [InlineData("Use STAR and say what the API returned in Q2.")]
    public void Review_AbsoluteAdviceAndAcronyms_AreNotHarsh(string comment)
    {
        Assert.DoesNotContain(CoachConcern.Harsh, Concerns(comment, CommentField.Improvement));
    }
}
