using TeamsMockBot.Domain.Analytics;

namespace TeamsMockBot.Domain.Tests.Analytics;

public sealed class WebVttParserTests
{
    [Fact]
    public void Parse_MockInterview_ReadsEveryCueWithItsVoiceAndSkipsNoteAndStyle()
    {
        var transcript = WebVttParser.Parse(VttFixtures.Read("mock-interview.vtt"));

        Assert.Equal(6, transcript.Cues.Count);
        Assert.Equal(0, transcript.SkippedCues);
        Assert.Equal(["Morgan Mentor", "Sam Student", "Morgan Mentor", "Sam Student", "Morgan Mentor", "Sam Student"], transcript.Cues.Select(c => c.Speaker));
        Assert.DoesNotContain(transcript.Cues, c => c.Text.Contains("cue(", StringComparison.Ordinal) || c.Text.Contains("Written for", StringComparison.Ordinal));
        Assert.Equal(TimeSpan.FromSeconds(75), transcript.Length);
    }

    [Fact]
    public void Parse_MultiLineCue_JoinsItsLinesUnderOneVoice()
    {
        var cue = WebVttParser.Parse(VttFixtures.Read("mock-interview.vtt")).Cues[1];

        Assert.Equal("Sam Student", cue.Speaker);
        Assert.Equal(TimeSpan.FromSeconds(7), cue.Start);
        Assert.Equal(TimeSpan.FromSeconds(27), cue.End);
        Assert.Equal("Sure. Um, last spring I led our capstone team of five. We had, like, three weeks to ship a scheduling app and, you know, the client changed the scope halfway.", cue.Text);
    }

    [Fact]
    public void Parse_OverlappingSpeakers_KeepsBothCuesInStartOrder()
    {
        var cues = WebVttParser.Parse(VttFixtures.Read("mock-interview.vtt")).Cues;

        Assert.True(cues[2].Start < cues[1].End); // "Mm-hm" starts before the answer ends
        Assert.Equal("Mm-hm.", cues[2].Text);
    }

    [Fact]
    public void Parse_TeamsDocumentationSample_AcceptsShortTimestamps()
    {
        // Verbatim from Microsoft Graph "Get callTranscript" (/content), shared/reference/graph-examples/get-calltranscript-content.vtt:
        // Teams writes 0:0:0.0 rather than strict 00:00:00.000.
        const string sample = "WEBVTT\n\n0:0:0.0 --> 0:0:5.320\n<v User Name>This is a transcript test.</v>\n";

        var cue = Assert.Single(WebVttParser.Parse(sample).Cues);

        Assert.Equal(("User Name", "This is a transcript test.", TimeSpan.FromSeconds(5.32)), (cue.Speaker, cue.Text, cue.End));
    }

    [Fact]
    public void Parse_ByteOrderMarkAndCrLf_ReadLikePlainText()
    {
        var text = "\uFEFFWEBVTT\r\n\r\n00:01.000 --> 00:04.000 align:start\r\n<v.loud Pat Peer>Hello &amp; welcome,\r\n<i>everyone</i>.\r\n\r\nNOTE\r\nskip me\r\n";

        var cue = Assert.Single(WebVttParser.Parse(text).Cues);

        Assert.Equal(("Pat Peer", "Hello & welcome, everyone."), (cue.Speaker, cue.Text));
        Assert.Equal(TimeSpan.FromSeconds(1), cue.Start);
    }

    [Fact]
    public void Parse_TwoVoicesInOneCue_ShareItsTimeByWords()
    {
        var text = "WEBVTT\n\n00:00:00.000 --> 00:00:04.000\n<v A>one two three</v> <v B>four</v>\n";

        var cues = WebVttParser.Parse(text).Cues;

        Assert.Equal(["A", "B"], cues.Select(c => c.Speaker));
        Assert.Equal(TimeSpan.FromSeconds(3), cues[0].Duration);
        Assert.Equal(TimeSpan.FromSeconds(1), cues[1].Duration);
    }

    [Fact]
    public void Parse_CueWithoutVoice_HasNoSpeaker()
    {
        var cue = Assert.Single(WebVttParser.Parse("WEBVTT\n\nintro\n00:00:01.000 --> 00:00:02.000\nJust words.\n").Cues);

        Assert.Null(cue.Speaker);
    }

    [Theory]
    [InlineData("", TranscriptProblem.Empty)]
    [InlineData("\uFEFF  \r\n ", TranscriptProblem.Empty)]
    [InlineData("WEBVTTX\n\n00:00.000 --> 00:01.000\nhi", TranscriptProblem.NotWebVtt)]
    [InlineData("{\"not\": \"vtt\"}", TranscriptProblem.NotWebVtt)]
    [InlineData("WEBVTT\n", TranscriptProblem.NoCues)]
    [InlineData("WEBVTT\n\n00:00:99.000 --> 00:01:00.000\nbad seconds", TranscriptProblem.NoCues)]
    [InlineData("WEBVTT\n\n00:00:01.000 --> \n<v A>no end", TranscriptProblem.NoCues)]
    public void Parse_NotAUsableTranscript_ThrowsWithTheProblem(string text, TranscriptProblem problem)
    {
        var error = Assert.Throws<TranscriptException>(() => WebVttParser.Parse(text));

        Assert.Equal(problem, error.Problem);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Parse_OtherFileSentAsVtt_IsNotATranscript()
    {
        var error = Assert.Throws<TranscriptException>(() => WebVttParser.Parse(VttFixtures.Read("not-a-transcript.vtt")));

        Assert.Equal(TranscriptProblem.NotWebVtt, error.Problem);
        Assert.Contains("WEBVTT", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OnlyBrokenCues_SaysThereIsNoTimedSpeech()
    {
        var error = Assert.Throws<TranscriptException>(() => WebVttParser.Parse(VttFixtures.Read("header-only.vtt")));

        Assert.Equal(TranscriptProblem.NoCues, error.Problem);
    }

    [Fact]
    public void Parse_SomeBrokenCues_KeepsTheGoodOnesAndCountsTheRest()
    {
        var transcript = WebVttParser.Parse("WEBVTT\n\n00:00:01.000 -> 00:00:02.000\nbroken\n\n00:00:03.000 --> 00:00:04.000\n<v A>fine\n");

        Assert.Single(transcript.Cues);
        Assert.Equal(1, transcript.SkippedCues);
    }

    [Fact]
    public void Parse_HugeText_IsRefusedBeforeReading()
    {
        var huge = "WEBVTT\n\n" + new string('a', WebVttParser.MaxCharacters);

        Assert.Equal(TranscriptProblem.TooLarge, Assert.Throws<TranscriptException>(() => WebVttParser.Parse(huge)).Problem);
    }

    [Fact]
    public void Parse_TooManyCues_IsRefused()
    {
        var text = "WEBVTT\n\n" + string.Concat(Enumerable.Range(0, WebVttParser.MaxCues + 1).Select(i => "0:0.0 --> 0:1.0\nx\n\n"));

        Assert.Equal(TranscriptProblem.TooLarge, Assert.Throws<TranscriptException>(() => WebVttParser.Parse(text)).Problem);
    }
}
