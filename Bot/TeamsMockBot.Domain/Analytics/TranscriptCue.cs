namespace TeamsMockBot.Domain.Analytics;

/// <summary>
/// One stretch of speech in a transcript: when (offsets from the start of the recording), who
/// (the <c>&lt;v&gt;</c> voice; null when the cue names nobody) and what was said, tags removed.
/// </summary>
public sealed record TranscriptCue(TimeSpan Start, TimeSpan End, string? Speaker, string Text)
{
    public TimeSpan Duration => End - Start;
}
