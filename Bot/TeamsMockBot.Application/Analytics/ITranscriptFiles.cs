namespace TeamsMockBot.Application.Analytics;

/// <summary>
/// Downloads a transcript file a student sent in their personal chat. The adapter bounds the size
/// and the time and only follows links to the hosts files are stored on; anything else is a
/// <see cref="TranscriptDownloadException"/>.
/// </summary>
public interface ITranscriptFiles
{
    /// <summary>The file's text (UTF-8).</summary>
    Task<string> DownloadAsync(SharedFile file, CancellationToken cancellationToken);
}
