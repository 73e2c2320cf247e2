namespace TeamsMockBot.Domain.Analytics;

/// <summary>Why a file could not be used as a transcript.</summary>
public enum TranscriptProblem
{
    /// <summary>Nothing in it.</summary>
    Empty,

    /// <summary>It does not start with the <c>WEBVTT</c> signature: some other kind of file.</summary>
    NotWebVtt,

    /// <summary>A WebVTT file, but not one cue in it has a readable time line and words.</summary>
    NoCues,

    /// <summary>Bigger than any real interview transcript (<see cref="WebVttParser.MaxCharacters"/>, <see cref="WebVttParser.MaxCues"/>).</summary>
    TooLarge,
}
