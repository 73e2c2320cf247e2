namespace TeamsMockBot.Application.Analytics;

/// <summary>A sent file that could not be downloaded; <see cref="Failure"/> says why (details for the log are in the message).</summary>
public sealed class TranscriptDownloadException(TranscriptDownloadFailure failure, string message, Exception? inner = null) : Exception(message, inner)
{
    public TranscriptDownloadFailure Failure { get; } = failure;
}
