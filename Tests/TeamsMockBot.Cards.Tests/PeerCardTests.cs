using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Tests.Catalog;
using TeamsMockBot.Cards.Tests.Support;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Cards.Tests;

/// <summary>What a peer mock changes on the cards: the swap, the double-blind promise and the interviewer rating.</summary>
public sealed class PeerCardTests
{
    [Fact]
    public void InterviewCard_FirstHalfAfterTheQuestions_OffersTheSwapInsteadOfOpenFeedback()
    {
        var card = new CardQuery(CardCatalog.Get("interview-candidate-questions-peer-interviewer").Card);

        Assert.Contains(CardVerbs.SwapRoles, card.Verbs);
        Assert.DoesNotContain(CardVerbs.OpenFeedback, card.Verbs);
        Assert.Equal(SampleData.SessionId, card.Action(CardVerbs.SwapRoles)["data"]![CardInputs.SessionId]!.GetValue<string>());
        Assert.True(card.HasText("Peer mock · half 1 of 2"));
    }

    [Fact]
    public void InterviewCard_FirstHalfForEveryone_SaysTheSwapIsNextWithoutControls()
    {
        var card = new CardQuery(CardCatalog.Get("interview-candidate-questions-peer-everyone").Card);

        Assert.DoesNotContain(CardVerbs.SwapRoles, card.Verbs);
        Assert.True(card.HasText($"Next, you swap roles: {SampleData.CandidateName} interviews {SampleData.InterviewerName}."));
    }

    [Fact]
    public void InterviewCard_PeerAwaitingFeedback_PromisesDoubleBlindUntilTheDeadline()
    {
        var card = new CardQuery(CardCatalog.Get("interview-awaiting-feedback-peer-everyone").Card);

        Assert.True(card.HasText("neither of you sees the other's feedback"));
        Assert.True(card.HasText("{{TIME(2026-11-26T10:30:00Z)}}"));
    }

    [Fact]
    public void SelfAssessment_Peer_AsksForTheInterviewersRatingAndOneComment()
    {
        var card = new CardQuery(CardCatalog.Get("self-assessment-peer").Card);

        var score = card.Input(FeedbackInputs.InterviewerScore);
        Assert.Equal(["1", "2", "3", "4"], score["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()));
        Assert.True(score["isRequired"]!.GetValue<bool>());
        Assert.True(card.Input(FeedbackInputs.InterviewerComment)["isRequired"]!.GetValue<bool>());
        Assert.True(card.HasText($"{SampleData.InterviewerName} as an interviewer"));
    }

    [Fact]
    public void SelfAssessment_PeerWithoutAComment_KeepsTheScoreAndSaysWhatIsMissing()
    {
        var card = new CardQuery(CardCatalog.Get("self-assessment-peer-errors").Card);

        Assert.Equal("3", card.Input(FeedbackInputs.InterviewerScore)["value"]!.GetValue<string>());
        Assert.True(card.HasText("Add one comment for your interviewer."));
    }

    [Fact]
    public void SelfAssessment_NotPeer_HasNoInterviewerRating()
    {
        var card = new CardQuery(CardCatalog.Get("self-assessment-empty").Card);

        Assert.DoesNotContain(FeedbackInputs.InterviewerScore, card.InputIds);
    }

    [Fact]
    public void FeedbackForm_Peer_TellsTheGiverItIsDoubleBlind()
    {
        Assert.True(new CardQuery(CardCatalog.Get("feedback-form-peer").Card).HasText("neither of you sees the other's before"));
        Assert.False(new CardQuery(CardCatalog.Get("feedback-form-empty").Card).HasText("neither of you"));
    }

    [Fact]
    public void Report_Peer_ShowsHowThePeerRatedYouAsAnInterviewer()
    {
        var card = new CardQuery(CardCatalog.Get("report-peer").Card);

        Assert.True(card.HasText("You as an interviewer"));
        Assert.True(card.HasText(SampleData.PeerComment));
        Assert.True(card.HasText("3 / 4"));
        Assert.False(new CardQuery(CardCatalog.Get("report-mentor-and-self").Card).HasText("You as an interviewer"));
    }

    [Fact]
    public void SetupCard_PeerFormat_PromisesTheSwapAndTheDoubleBlind()
    {
        var card = new CardQuery(CardCatalog.Get("setup-group").Card);

        Assert.True(card.HasText("then swap roles; neither sees the other's feedback until both have sent theirs"));
    }

    [Fact]
    public void InterviewCard_NotPeer_HasNoHalfInItsHeader()
    {
        Assert.False(new CardQuery(InterviewCard.Build(SampleData.Interview(InterviewViewer.Everyone, SessionStage.Ready))).HasText("half"));
    }
}
