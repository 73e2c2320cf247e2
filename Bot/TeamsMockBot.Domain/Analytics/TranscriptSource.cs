namespace TeamsMockBot.Domain.Analytics;

/// <summary>Where a session's transcript came from.</summary>
public enum TranscriptSource
{
    /// <summary>The student sent a <c>.vtt</c> file in their personal chat.</summary>
    Upload,

    /// <summary>Fetched from the Teams meeting after it ended.</summary>
    Meeting,
}
