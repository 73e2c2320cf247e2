using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Tests.Catalog;
using TeamsMockBot.Cards.Tests.Support;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;

namespace TeamsMockBot.Cards.Tests;

public sealed class FeedbackReportCardTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public void Build_MentorAndSelf_ShowsReadinessScoresTableAndPlan()
    {
        var card = new CardQuery(Build(SampleData.MentorReport, SampleData.SelfReport));

        Assert.True(card.HasText("Almost"));
        Assert.True(card.HasText("2.9 / 4"));
        Assert.True(card.HasText("3.0 / 4"));
        Assert.True(card.HasText("Interviewer"));
        Assert.True(card.HasText("You"));
        Assert.All(SampleData.Rubric.ForTrack(Track.Behavioral), e => Assert.True(card.HasText(e.Title), e.Title));
        Assert.True(card.HasText(SampleData.MentorReport.Strengths));
        Assert.True(card.HasText(SampleData.MentorReport.Improvements));
        Assert.All(SampleData.MentorReport.ActionPlan, step => Assert.True(card.HasText(step)));
        Assert.True(card.HasText("{{DATE(2026-11-25T09:30:00Z, SHORT)}}"));
        Assert.Contains(CardVerbs.ShowHistory, card.Verbs);
    }

    [Fact]
    public void Build_NamesCompetenciesWhereTheTwoViewsDifferMost()
    {
        var card = new CardQuery(Build(SampleData.MentorReport, SampleData.SelfReport));

        Assert.True(card.HasText("Largest gaps: you rated your Specificity and ownership 4, Maya Patel 2; you rated your "), string.Join("\n", card.Texts));
        Assert.True(card.HasText("Gap"));
        Assert.Contains("+2", card.Texts);
    }

    [Fact]
    public void Build_TrackWithItsOwnCompetency_HasARowForIt()
    {
        var mentor = SampleData.MentorReport with { Ratings = new Dictionary<string, int>(SampleData.MentorRatings) { ["Scalability"] = 1 } };
        var self = SampleData.SelfReport with { Ratings = new Dictionary<string, int>(SampleData.SelfRatings) { ["Scalability"] = 4 } };

        var card = new CardQuery(FeedbackReportCard.Build(new FeedbackReportCardModel(
            SampleData.SessionId, SampleData.CandidateName, SampleData.InterviewerName, Track.SystemDesign, SampleData.Focus, SampleData.HeldAt, 4, 1,
            mentor, self, SampleData.RubricWithDesignCompetency)));

        Assert.True(card.HasText("Scalability and trade-offs"));
        Assert.True(card.HasText("Largest gaps: you rated your Scalability and trade-offs 4, Maya Patel 1; you rated your Specificity and ownership 4, Maya Patel 2."));
    }

    [Fact]
    public void Build_Solo_ShowsSelfOnly()
    {
        var card = new CardQuery(Build(null, SampleData.SelfReport, interviewer: null));

        Assert.False(card.HasText("Interviewer"));
        Assert.True(card.HasText("Your score"));
        Assert.True(card.HasText(SampleData.SelfReport.Reflection));
        Assert.False(card.HasText("Overall readiness"));
    }

    [Fact]
    public void Build_NothingToReport_Throws()
    {
        Assert.Throws<ArgumentException>(() => Build(null, null));
    }

    private static AdaptiveCard Build(FeedbackReport? mentor, SelfAssessment? self, string? interviewer = SampleData.InterviewerName) =>
        FeedbackReportCard.Build(new FeedbackReportCardModel(SampleData.SessionId, SampleData.CandidateName, interviewer, Track.Behavioral, SampleData.Focus, SampleData.HeldAt, 4, 1, mentor, self, SampleData.Rubric));

    [Fact]
    public void Build_ActionPlan_ShowsDatesDoneStepsAndMarkDoneOnOpenStepsOnly()
    {
        var card = new CardQuery(CardCatalog.Get("report-plan-and-tags").Card);

        Assert.True(card.HasText("1 of 3 done."));
        Assert.True(card.HasText("Done {{DATE(2026-11-28T09:30:00Z, SHORT)}}"));
        Assert.Contains("Before the next mock", card.Texts);
        Assert.Contains("By {{DATE(2026-12-16T12:00:00Z, SHORT)}}", card.Texts);
        var markDone = CardJsonQueries.Objects(card.Json).Where(o => o["verb"]?.GetValue<string>() == CardVerbs.MarkStepDone).ToList();
        Assert.Equal([2, 3], markDone.Select(a => a["data"]![FeedbackInputs.Step]!.GetValue<int>()));
        Assert.All(markDone, a => Assert.Equal(SampleData.SessionId, a["data"]![CardInputs.SessionId]!.GetValue<string>()));
    }

    [Fact]
    public void Build_NotObservedCompetency_ShowsNoNumberAndSaysWhy()
    {
        var card = new CardQuery(CardCatalog.Get("report-plan-and-tags").Card);

        Assert.Contains("n/o", card.Texts);
        Assert.True(card.HasText("not observed in this interview, so left out of the score"));
    }

    [Fact]
    public void Build_QuickTags_AreSummarisedByTagWithTheirQuestions()
    {
        var card = new CardQuery(CardCatalog.Get("report-plan-and-tags").Card);

        Assert.True(card.HasText("Quick tags from the interview"));
        Assert.Contains("Went well: Strong structure (Q1) · Great example (Q1)", card.Texts);
        Assert.Contains("To work on: No result stated (Q3) · Rambling (Q3)", card.Texts);
    }

    [Fact]
    public void Build_ShareButton_OnlyWithStaffConfiguredAndNotYetShared()
    {
        Assert.Contains(CardVerbs.ShareWithAdvisor, new CardQuery(CardCatalog.Get("report-plan-and-tags").Card).Verbs);
        Assert.DoesNotContain(CardVerbs.ShareWithAdvisor, new CardQuery(CardCatalog.Get("report-mentor-and-self").Card).Verbs);

        var shared = new CardQuery(CardCatalog.Get("report-shared").Card);
        Assert.DoesNotContain(CardVerbs.ShareWithAdvisor, shared.Verbs);
        Assert.True(shared.HasText("Shared with your career center (2 career advisors) on {{DATE(2026-11-26T09:30:00Z, SHORT)}}."));
    }

    [Fact]
    public void Build_AdvisorCopy_HasNoButtonsAndSaysWhoseItIs()
    {
        var card = new CardQuery(CardCatalog.Get("report-advisor-copy").Card);

        Assert.Empty(card.Verbs);
        Assert.True(card.HasText("Leo Martins's mock interview feedback"));
        Assert.True(card.HasText("Shared with you by the student"));
    }

    [Fact]
    public void Build_IntegrationPoints_AreShownOnlyWhenSet()
    {
        var plain = new CardQuery(CardCatalog.Get("report-mentor-and-self").Card);
        Assert.False(plain.HasText("How you spoke"));
        Assert.DoesNotContain(plain.Texts, t => t == "Book the next mock");

        var full = new CardQuery(FeedbackReportCard.Build(SampleData.WorstCaseReport()));
        Assert.True(full.HasText("How you spoke"));
        Assert.Contains(full.Texts, t => t.Contains("words per minute", StringComparison.Ordinal)); // the session's delivery analytics, as on the delivery card
        Assert.Equal("Book the next mock", full.Json["actions"]![0]!["title"]!.GetValue<string>());
    }

    [Fact]
    public void Build_PeopleText_IsTypedTextNeverATextBlockOrFact()
    {
        var json = CardCatalog.Get("report-peer").Card.ToJsonNode();
        string[] typed = [SampleData.MentorReport.Strengths, SampleData.MentorReport.ActionPlan[0], SampleData.SelfReport.Reflection, SampleData.PeerComment, SampleData.InterviewerName, SampleData.Focus];

        Assert.DoesNotContain(CardJsonQueries.Objects(json), o => o["type"]?.GetValue<string>() is "TextBlock" or "Fact" &&
            typed.Any(t => (o["text"] ?? o["value"])?.GetValue<string>().Contains(t, StringComparison.Ordinal) == true));
        Assert.DoesNotContain(CardJsonQueries.Objects(json), o => o["type"]?.GetValue<string>() == "FactSet");
        Assert.All(typed, t => Assert.Contains(CardJsonQueries.Objects(json), o => o["type"]?.GetValue<string>() == "TextRun" && o["text"]!.GetValue<string>().Contains(t, StringComparison.Ordinal)));
    }

    [Fact]
    public void Build_WorstCase_IsUnder28KB()
    {
        var bytes = System.Text.Encoding.UTF8.GetByteCount(FeedbackReportCard.Build(SampleData.WorstCaseReport()).ToJson());
        output.WriteLine($"worst-case feedback card: {bytes} bytes (limit {28 * 1024})");

        Assert.True(bytes < 28 * 1024, $"{bytes} bytes");
    }
}
