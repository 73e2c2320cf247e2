namespace TeamsMockBot.Application.Analytics;

/// <summary>
/// A Teams meeting's transcript, for delivery analytics. <c>Graph/</c> implements it when
/// <c>Graph:Transcripts</c> is on and the permission is granted; otherwise there are none and
/// students can still drop a <c>.vtt</c> file into their personal chat.
/// </summary>
public interface IMeetingTranscripts
{
    bool IsEnabled { get; }

    /// <summary>The newest transcript of the meeting joined at <paramref name="joinUrl"/> as WebVTT text; null while there is none.</summary>
    Task<string?> GetLatestVttAsync(string organizerDirectoryId, Uri joinUrl, CancellationToken cancellationToken);
}
