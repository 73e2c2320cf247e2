using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Tests.Catalog;
using TeamsMockBot.Cards.Tests.Support;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;

namespace TeamsMockBot.Cards.Tests;

public sealed class SelfAssessmentFormCardTests
{
    [Fact]
    public void Build_UsesTheSameRubricPlusAnOptionalReflection()
    {
        var card = new CardQuery(Build(SelfAssessmentDraft.Empty, SampleData.NoErrors));

        Assert.Equal(
            [.. SampleData.Rubric.General.Select(c => FeedbackInputs.Rating(c.Id)), FeedbackInputs.Reflection],
            card.InputIds);
        Assert.Null(card.Input(FeedbackInputs.Reflection)["isRequired"]);
        Assert.Equal(SampleData.SessionId, card.Action(CardVerbs.SubmitSelfAssessment)["data"]![CardInputs.SessionId]!.GetValue<string>());
    }

    [Fact]
    public void Build_WithDraftAndErrors_KeepsValuesAndShowsErrors()
    {
        var card = new CardQuery(Build(SampleData.PartialSelfDraft, SampleData.SelfErrors));

        Assert.Equal("2", card.Input(FeedbackInputs.Rating("Communication"))["value"]!.GetValue<string>());
        Assert.Equal("I rushed the endings.", card.Input(FeedbackInputs.Reflection)["value"]!.GetValue<string>());
        Assert.Equal(
            SampleData.SelfErrors[FeedbackInputs.Rating("Results")],
            card.ElementAfterInput(FeedbackInputs.Rating("Results"))!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Build_TrackWithItsOwnCompetency_AsksTheCandidateToRateItToo()
    {
        var card = new CardQuery(SelfAssessmentFormCard.Build(new SelfAssessmentFormModel(
            SampleData.SessionId, SampleData.CandidateName, null, Track.SystemDesign, [], SelfAssessmentDraft.Empty, SampleData.NoErrors,
            SampleData.RubricWithDesignCompetency)));

        Assert.Equal(
            [.. SampleData.Rubric.General.Select(c => FeedbackInputs.Rating(c.Id)), FeedbackInputs.Rating("Scalability"), FeedbackInputs.Reflection],
            card.InputIds);
    }

    [Fact]
    public void Build_NamesTheInterviewerWhenThereIsOne()
    {
        Assert.True(new CardQuery(Build(SelfAssessmentDraft.Empty, SampleData.NoErrors)).HasText(SampleData.InterviewerName));
    }

    private static AdaptiveCard Build(SelfAssessmentDraft draft, IReadOnlyDictionary<string, string> errors) =>
        SelfAssessmentFormCard.Build(new SelfAssessmentFormModel(SampleData.SessionId, SampleData.CandidateName, SampleData.InterviewerName, Track.Behavioral, SampleData.QuestionsAsked, draft, errors, SampleData.Rubric));
}
