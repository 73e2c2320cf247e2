using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Tests.Catalog;
using TeamsMockBot.Cards.Tests.Support;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;

namespace TeamsMockBot.Cards.Tests;

public sealed class FeedbackFormCardTests
{
    [Fact]
    public void Build_HasARatingPerCompetencyWithAnchoredChoices()
    {
        var card = new CardQuery(Build(FeedbackDraft.Empty, SampleData.NoErrors));

        foreach (var entry in SampleData.Rubric.ForTrack(Track.Behavioral))
        {
            var input = card.Input(FeedbackInputs.Rating(entry.Id));
            var choices = input["choices"]!.AsArray();

            Assert.Equal(entry.Title, input["label"]!.GetValue<string>());
            Assert.Equal(["1", "2", "3", "4"], choices.Select(c => c!["value"]!.GetValue<string>()));
            Assert.Equal($"1 — {entry.Levels[0]}", choices[0]!["title"]!.GetValue<string>());
            Assert.Equal($"4 — {entry.Levels[3]}", choices[3]!["title"]!.GetValue<string>());
        }
    }

    [Fact]
    public void Build_WithQuickTags_ListsEachTaggedQuestionsTags()
    {
        var card = new CardQuery(CardCatalog.Get("feedback-form-tagged").Card);

        Assert.True(card.HasText("Your quick tags"));
        Assert.Contains("Q1: Strong structure, Great example", card.Texts);
        Assert.Contains("Q3: No result stated, Rambling", card.Texts);
        Assert.DoesNotContain(card.Texts, t => t.StartsWith("Q2:", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_WithoutQuickTags_HasNoTagSection()
    {
        var card = new CardQuery(Build(FeedbackDraft.Empty, SampleData.NoErrors));

        Assert.False(card.HasText("Your quick tags"));
    }

    [Fact]
    public void Build_HasCommentsActionStepsReadinessAndSubmit()
    {
        var card = new CardQuery(Build(FeedbackDraft.Empty, SampleData.NoErrors));

        Assert.True(card.Input(FeedbackInputs.Strengths)["isMultiline"]!.GetValue<bool>());
        Assert.True(card.Input(FeedbackInputs.Improvements)["isMultiline"]!.GetValue<bool>());
        Assert.True(card.Input(FeedbackInputs.ActionStep(1))["isRequired"]!.GetValue<bool>());
        Assert.True(card.Input(FeedbackInputs.ActionStep(2))["isRequired"]!.GetValue<bool>());
        Assert.Null(card.Input(FeedbackInputs.ActionStep(3))["isRequired"]);
        Assert.Equal(["NotYet", "Almost", "Ready"], card.Input(FeedbackInputs.Readiness)["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()));
        Assert.Equal(["Not yet", "Almost", "Ready"], card.Input(FeedbackInputs.Readiness)["choices"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()));
        Assert.Equal(SampleData.SessionId, card.Action(CardVerbs.SubmitFeedback)["data"]![CardInputs.SessionId]!.GetValue<string>());
        Assert.True(card.HasText("specific, actionable and kind"));
    }

    [Fact]
    public void Build_WithDraftAndErrors_KeepsEveryValueAndShowsErrorsUnderTheirFields()
    {
        var card = new CardQuery(Build(SampleData.PartialFeedbackDraft, SampleData.FeedbackErrors));

        Assert.Equal("3", card.Input(FeedbackInputs.Rating("Structure"))["value"]!.GetValue<string>());
        Assert.Null(card.Input(FeedbackInputs.Rating("Results"))["value"]);
        Assert.Equal("Good job", card.Input(FeedbackInputs.Strengths)["value"]!.GetValue<string>());
        Assert.Equal(SampleData.PartialFeedbackDraft.ActionPlan[0], card.Input(FeedbackInputs.ActionStep(1))["value"]!.GetValue<string>());
        Assert.Equal(
            SampleData.FeedbackErrors[FeedbackInputs.Strengths],
            card.ElementAfterInput(FeedbackInputs.Strengths)!["text"]!.GetValue<string>());
        Assert.Equal(
            SampleData.FeedbackErrors[FeedbackInputs.Rating("Results")],
            card.ElementAfterInput(FeedbackInputs.Rating("Results"))!["text"]!.GetValue<string>());
        Assert.Equal(
            SampleData.FeedbackErrors[FeedbackPart.ActionPlan],
            card.ElementAfterInput(FeedbackInputs.ActionStep(3))!["text"]!.GetValue<string>());
        Assert.True(card.HasText(SampleData.FeedbackErrors[FeedbackInputs.Readiness]));
    }

    [Fact]
    public void Build_TrackWithItsOwnCompetency_RatesItAfterTheGeneralOnes()
    {
        var card = new CardQuery(FeedbackFormCard.Build(new FeedbackFormModel(
            SampleData.SessionId, "Leo", Track.SystemDesign, "", [], [], FeedbackDraft.Empty, SampleData.NoErrors, SampleData.RubricWithDesignCompetency)));

        var ratingIds = card.InputIds.Where(id => id.StartsWith("rating.", StringComparison.Ordinal));
        Assert.Equal([.. SampleData.Rubric.General.Select(c => FeedbackInputs.Rating(c.Id)), FeedbackInputs.Rating("Scalability")], ratingIds);
        Assert.Equal("Scalability and trade-offs", card.Input(FeedbackInputs.Rating("Scalability"))["label"]!.GetValue<string>());
    }

    [Fact]
    public void Build_OtherTrack_DoesNotShowAnotherTracksCompetency()
    {
        var card = new CardQuery(FeedbackFormCard.Build(new FeedbackFormModel(
            SampleData.SessionId, "Leo", Track.Behavioral, "", [], [], FeedbackDraft.Empty, SampleData.NoErrors, SampleData.RubricWithDesignCompetency)));

        Assert.DoesNotContain(FeedbackInputs.Rating("Scalability"), card.InputIds);
    }

    [Fact]
    public void Build_WithNotes_ShowsThemAsAReminder()
    {
        var card = new CardQuery(FeedbackFormCard.Build(new FeedbackFormModel(
            SampleData.SessionId, "Leo", Track.Behavioral, "", [], [SampleData.FirstNote], FeedbackDraft.Empty, SampleData.NoErrors, SampleData.Rubric)));

        Assert.True(card.HasText(SampleData.FirstNote));
    }

    private static AdaptiveCard Build(FeedbackDraft draft, IReadOnlyDictionary<string, string> errors) =>
        FeedbackFormCard.Build(new FeedbackFormModel(SampleData.SessionId, SampleData.CandidateName, Track.Behavioral, SampleData.Focus, SampleData.QuestionsAsked, [], draft, errors, SampleData.Rubric));
}
