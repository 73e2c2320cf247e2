namespace TeamsMockBot.Application.Analytics;

public enum TranscriptFetchOutcome
{
    /// <summary>Transcripts are off (<see cref="IMeetingTranscripts.IsEnabled"/>).</summary>
    Disabled,

    /// <summary>The meeting has no transcript yet (Teams needs a few minutes after the end): try again later.</summary>
    NotYet,

    /// <summary>The transcript could not be read or the session never started; nothing stored.</summary>
    Unusable,

    /// <summary>Analysed, kept on the session, and the card is on its way to the candidate.</summary>
    Analysed,
}
