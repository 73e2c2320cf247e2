using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Tests.Catalog;
using TeamsMockBot.Cards.Tests.Support;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;

namespace TeamsMockBot.Cards.Tests;

public sealed class FeedbackReportCardTests
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

        Assert.True(card.HasText("differ most on Specificity and ownership."));
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
        Assert.True(card.HasText("differ most on Specificity and ownership, Scalability and trade-offs."));
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
}
