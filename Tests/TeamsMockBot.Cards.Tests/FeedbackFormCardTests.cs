using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Tests.Catalog;
using TeamsMockBot.Cards.Tests.Support;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;

namespace TeamsMockBot.Cards.Tests;

public sealed class FeedbackFormCardTests(Xunit.Abstractions.ITestOutputHelper output)
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
            Assert.Equal(["1", "2", "3", "4", FeedbackInputs.NotObserved], choices.Select(c => c!["value"]!.GetValue<string>()));
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
        Assert.False(SampleData.FeedbackErrors.ContainsKey(FeedbackInputs.Strengths)); // "Good job" is advice for the coach, not an error
        Assert.Equal(
            SampleData.FeedbackErrors[FeedbackInputs.Rating("Results")],
            card.ElementAfterInput(FeedbackInputs.Rating("Results"))!["text"]!.GetValue<string>());
        Assert.Equal(
            SampleData.FeedbackErrors[FeedbackPart.ActionPlan],
            card.ElementAfterInput(FeedbackInputs.ActionDue(3))!["text"]!.GetValue<string>());
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

    [Fact]
    public void Build_WithCoachAdvice_ShowsEachFlagUnderItsFieldAndOffersSubmitAnyway()
    {
        var card = new CardQuery(CardCatalog.Get("feedback-form-coached").Card);

        Assert.True(card.HasText("The coach has 3 suggestions"));
        Assert.Contains("Too general: ", card.Texts);
        Assert.Contains("What next?: ", card.Texts);
        Assert.Contains("Kinder wording: ", card.Texts);
        var actions = card.Json["actions"]!.AsArray();
        Assert.Equal(["Submit feedback", "Submit anyway"], actions.Select(a => a!["title"]!.GetValue<string>()));
        Assert.Equal("1", actions[1]!["data"]![FeedbackInputs.CoachingSeen]!.GetValue<string>());
        Assert.Null(actions[0]!["data"]![FeedbackInputs.CoachingSeen]);
        Assert.Equal("Warning", card.ElementAfterInput(FeedbackInputs.Strengths)!["style"]!.GetValue<string>(), ignoreCase: true);
    }

    [Fact]
    public void Build_WithoutAdvice_HasOnlyTheSubmitButton()
    {
        var card = new CardQuery(Build(FeedbackDraft.Empty, SampleData.NoErrors));

        Assert.Single(card.Json["actions"]!.AsArray());
        Assert.False(card.HasText("The coach has"));
    }

    [Fact]
    public void Build_StepDates_AreDateInputsFromTodayKeepingWhatWasTyped()
    {
        var card = new CardQuery(CardCatalog.Get("feedback-form-coached").Card);

        var due = card.Input(FeedbackInputs.ActionDue(1));
        Assert.Equal("Input.Date", due["type"]!.GetValue<string>());
        Assert.Equal("2026-11-25", due["min"]!.GetValue<string>());
        Assert.Equal("2026-12-09", due["value"]!.GetValue<string>());
        Assert.Null(card.Input(FeedbackInputs.ActionDue(2))["value"]);
    }

    [Fact]
    public void Build_PeopleText_IsTypedTextNeverMarkdown()
    {
        var card = CardCatalog.Get("feedback-form-tagged").Card.ToJsonNode();

        Assert.DoesNotContain(CardJsonQueries.Objects(card), o => o["type"]?.GetValue<string>() == "TextBlock" &&
            (o["text"]!.GetValue<string>().Contains(SampleData.CandidateName, StringComparison.Ordinal) ||
             o["text"]!.GetValue<string>().Contains(SampleData.Focus, StringComparison.Ordinal) ||
             o["text"]!.GetValue<string>().Contains(SampleData.FirstNote, StringComparison.Ordinal)));
        Assert.Contains(CardJsonQueries.Objects(card), o => o["type"]?.GetValue<string>() == "TextRun" && o["text"]!.GetValue<string>().Contains(SampleData.FirstNote, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_WorstCaseForm_IsUnder28KB()
    {
        // The most a real form can carry: 12 questions (the bank's longest texts), a 1,000-character note and
        // every tag on each, comments and steps at their limits (with quotes and line breaks, which JSON escapes),
        // a coach flag on every comment, and errors.
        static string Long(int n) => string.Concat(Enumerable.Repeat("\"quoted\"\n", n)).Substring(0, n);
        var draft = SampleData.CoachedDraft with
        {
            Strengths = Long(FeedbackDraft.MaxCommentLength),
            Improvements = Long(FeedbackDraft.MaxCommentLength),
            ActionPlan = [Long(FeedbackDraft.MaxActionStepLength), Long(FeedbackDraft.MaxActionStepLength), Long(FeedbackDraft.MaxActionStepLength)],
        };
        var questions = TeamsMockBot.Domain.Questions.QuestionBank.BuiltIn.All.OrderByDescending(q => q.Text.Length).Take(12).Select(q => q.Text).ToList();
        var notes = Enumerable.Range(1, 14).Select(n => $"Q{n}: " + Long(TeamsMockBot.Domain.Sessions.MockSession.MaxNoteLength)).ToList();
        var advice = new[] { FeedbackPart.Strengths, FeedbackPart.Improvements, FeedbackPart.ActionStep(1), FeedbackPart.ActionStep(2), FeedbackPart.ActionStep(3) }
            .ToDictionary(f => f, _ => TeamsMockBot.Domain.Feedback.Coaching.FeedbackCoach.Review("You never listen, it was TERRIBLE", TeamsMockBot.Domain.Feedback.Coaching.CommentField.Improvement));
        var card = FeedbackFormCard.Build(new FeedbackFormModel(SampleData.SessionId, Long(100), Track.SystemDesign, Long(200), questions, notes, draft, SampleData.FeedbackErrors, SampleData.Rubric)
        {
            SubmissionId = SampleData.SubmissionId,
            Advice = advice,
            Today = new DateOnly(2026, 11, 25),
            Tags = Enumerable.Range(1, 12).Select(q => new TaggedQuestion(q, Enum.GetValues<TeamsMockBot.Domain.Sessions.QuickTag>())).ToList(),
        });

        var bytes = System.Text.Encoding.UTF8.GetByteCount(card.ToJson());
        output.WriteLine($"worst-case feedback form: {bytes} bytes (limit {28 * 1024})");
        Assert.True(bytes < 28 * 1024, $"{bytes} bytes");
        Assert.True(new CardQuery(card).HasText("2 more notes are kept with the session but not shown here."));
    }
}
