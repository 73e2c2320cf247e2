namespace TeamsMockBot.Domain.Analytics;

/// <summary>A parsed transcript: its cues ordered by start time, and how many cues could not be read and were left out.</summary>
public sealed record Transcript(IReadOnlyList<TranscriptCue> Cues, int SkippedCues)
{
    /// <summary>From the first word to the last.</summary>
    public TimeSpan Length => Cues.Count == 0 ? TimeSpan.Zero : Cues.Max(c => c.End) - Cues[0].Start;
}
