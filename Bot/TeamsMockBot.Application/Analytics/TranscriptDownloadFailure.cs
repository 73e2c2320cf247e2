namespace TeamsMockBot.Application.Analytics;

public enum TranscriptDownloadFailure
{
    /// <summary>The link points somewhere files are not stored (not an allowed host, or not https).</summary>
    HostNotAllowed,

    /// <summary>Bigger than the download limit.</summary>
    TooLarge,

    /// <summary>The host refused, failed or did not answer in time.</summary>
    Unavailable,
}
