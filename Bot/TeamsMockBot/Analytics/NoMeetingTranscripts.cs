using TeamsMockBot.Application.Analytics;

namespace TeamsMockBot.Analytics;

/// <summary>
/// The default when no Graph transcript adapter is registered: meeting transcripts are off, and
/// students send a .vtt file instead. A Graph implementation registered in <c>Graph/</c> (before or
/// after this one) replaces it.
/// </summary>
public sealed class NoMeetingTranscripts : IMeetingTranscripts
{
    public bool IsEnabled => false;

    public Task<string?> GetLatestVttAsync(string organizerDirectoryId, Uri joinUrl, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
