using System.ComponentModel.DataAnnotations;

namespace TeamsMockBot.Analytics;

/// <summary>Limits on downloading a transcript file a student sends (section <c>Transcripts</c>).</summary>
public sealed class TranscriptDownloadOptions
{
    public const string Section = "Transcripts";

    /// <summary>The largest file downloaded: 5 MB by default; an hour-long meeting transcript is under 1 MB.</summary>
    [Range(1024, 20 * 1024 * 1024)]
    public int MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>How long a download may take, headers and body together.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:02:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);
}
