using TeamsMockBot.Domain.Analytics;

namespace TeamsMockBot.Domain.Tests.Analytics;

/// <summary>Delivery metrics on Fixtures/mock-interview.vtt; the expected figures are counted by hand in the comments.</summary>
public sealed class DeliveryAnalyserTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 16, 0, 0, TimeSpan.Zero);

    private static DeliveryAnalytics Analyse(IReadOnlyList<QuestionWindow>? questions = null, string candidate = "Sam Student", string? interviewer = "Morgan Mentor") =>
        DeliveryAnalyser.Analyse(WebVttParser.Parse(VttFixtures.Read("mock-interview.vtt")), candidate, interviewer, questions ?? [], TranscriptSource.Upload, Now);

    [Fact]
    public void Analyse_Candidate_WordsPaceAndFillers()
    {
        var candidate = Analyse().Candidate!;

        // Three answers of 20 s each: 30 + 31 + 30 words; fillers um, like, you know, basically, kind of, I mean, actually.
        Assert.Equal(91, candidate.Words);
        Assert.Equal(TimeSpan.FromSeconds(60), candidate.SpeakingTime);
        Assert.Equal(91, candidate.WordsPerMinute);
        Assert.Equal(7, candidate.FillerCount);
        Assert.Equal(7.0, candidate.FillersPerMinute);
        Assert.Equal(7.7, candidate.FillersPer100Words);
        Assert.Equal(["I mean", "actually", "basically", "kind of", "like", "um", "you know"], candidate.Fillers.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Analyse_Interviewer_NotCountedForWhatKindOf()
    {
        var interviewer = Analyse().Interviewer!;

        Assert.Equal(29, interviewer.Words);
        Assert.Equal(0, interviewer.FillerCount); // "What kind of result" names a type
        Assert.Equal(TimeSpan.FromSeconds(13), interviewer.SpeakingTime);
    }

    [Fact]
    public void Analyse_TalkShare_SplitsSpeakingTimeIncludingOverlap()
    {
        var analytics = Analyse();

        Assert.Equal(0.822, analytics.Candidate!.TalkShare); // 60 of 73 s
        Assert.Equal(0.178, analytics.Interviewer!.TalkShare);
        Assert.True(analytics.CandidateFoundByName);
    }

    [Fact]
    public void Analyse_LongestTurn_IgnoresABackchannel()
    {
        var analytics = Analyse();

        // 0:07 to 0:47.5: the interviewer's "Mm-hm" at 0:26.5 does not interrupt.
        Assert.Equal(TimeSpan.FromSeconds(40.5), analytics.Candidate!.LongestTurn);
        Assert.Equal(TimeSpan.FromSeconds(6), analytics.Interviewer!.LongestTurn);
    }

    [Fact]
    public void Analyse_Questions_AnswerTimeAgainstTimeAllowed()
    {
        var analytics = Analyse(
        [
            new QuestionWindow(1, TimeSpan.Zero, TimeSpan.FromSeconds(48), TimeSpan.FromSeconds(30)),
            new QuestionWindow(2, TimeSpan.FromSeconds(48), TimeSpan.FromSeconds(80), TimeSpan.FromMinutes(1)),
        ]);

        Assert.Equal(
            [new AnswerTiming(1, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(40)), new AnswerTiming(2, TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(20))],
            analytics.Answers);
        Assert.True(analytics.Answers[0].IsOverTime);
        Assert.False(analytics.Answers[1].IsOverTime);
    }

    [Fact]
    public void Analyse_CandidateNameNotInFile_TakesWhoeverSaidMostAndSaysSo()
    {
        var analytics = Analyse(candidate: "Alex Other", interviewer: "Morgan Mentor");

        Assert.False(analytics.CandidateFoundByName);
        Assert.Equal(91, analytics.Candidate!.Words);
    }

    [Fact]
    public void Analyse_FirstNameOnly_MatchesTheVoice()
    {
        Assert.True(Analyse(candidate: "Sam", interviewer: "Morgan").CandidateFoundByName);
    }

    [Fact]
    public void Analyse_TooLittleSpeech_GivesNoRates()
    {
        var transcript = WebVttParser.Parse("WEBVTT\n\n00:00.000 --> 00:05.000\n<v Sam Student>Um, yes.\n");

        var candidate = DeliveryAnalyser.Analyse(transcript, "Sam Student", null, [], TranscriptSource.Upload, Now).Candidate!;

        Assert.Null(candidate.WordsPerMinute);
        Assert.Null(candidate.FillersPerMinute);
        Assert.Equal(50, candidate.FillersPer100Words);
    }

    [Theory]
    [InlineData(110, DeliveryBand.Low)]
    [InlineData(140, DeliveryBand.InRange)]
    [InlineData(175, DeliveryBand.High)]
    public void Pace_IsShownAgainstTheConversationalRange(double wpm, DeliveryBand band)
    {
        Assert.Equal(band, DeliveryRanges.Pace(wpm));
    }
}
