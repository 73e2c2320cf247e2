using System.Net;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using TeamsMockBot.Application.Analytics;

namespace TeamsMockBot.Graph;

/// <summary>
/// A Teams meeting's newest transcript as WebVTT, read with <c>OnlineMeetingTranscript.Read.All</c>: the meeting
/// from its join link (<c>onlineMeetings?$filter=JoinWebUrl eq '…'</c>), its transcripts, and the newest one's
/// <c>content?$format=text/vtt</c>. Registered only with <c>Graph:Transcripts</c> on.
/// </summary>
internal sealed partial class GraphMeetingTranscripts(GraphServiceClient graph, ILogger<GraphMeetingTranscripts> logger) : IMeetingTranscripts
{
    public bool IsEnabled => true;

    public async Task<string?> GetLatestVttAsync(string organizerDirectoryId, Uri joinUrl, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organizerDirectoryId);
        ArgumentNullException.ThrowIfNull(joinUrl);
        var meetings = graph.Users[organizerDirectoryId].OnlineMeetings;
        try
        {
            // OData string literal: a quote inside is doubled.
            var filter = $"JoinWebUrl eq '{joinUrl.OriginalString.Replace("'", "''", StringComparison.Ordinal)}'";
            var found = await meetings.GetAsync(r => r.QueryParameters.Filter = filter, cancellationToken);
            if (found?.Value is not [{ Id: { } meetingId }, ..])
            {
                LogNoMeeting(logger, organizerDirectoryId);
                return null;
            }

            var transcripts = await meetings[meetingId].Transcripts.GetAsync(cancellationToken: cancellationToken);
            var newest = transcripts?.Value?.Where(t => t.Id is not null).OrderByDescending(t => t.CreatedDateTime).FirstOrDefault();
            if (newest is null)
            {
                return null;
            }

            var content = meetings[meetingId].Transcripts[newest.Id].Content;
            var url = content.ToGetRequestInformation().URI + "?$format=text/vtt";
            await using var stream = await content.WithUrl(url).GetAsync(r => r.Headers.Add("Accept", "text/vtt"), cancellationToken);
            if (stream is null)
            {
                return null;
            }

            using var reader = new StreamReader(stream);
            return await reader.ReadToEndAsync(cancellationToken);
        }
        catch (ODataError error) when (error.ResponseStatusCode == (int)HttpStatusCode.NotFound)
        {
            return null; // no such meeting or no transcript (yet)
        }
        catch (ODataError error) when (error.ResponseStatusCode is (int)HttpStatusCode.Forbidden or (int)HttpStatusCode.Unauthorized)
        {
            LogRefused(logger, error.Error?.Code);
            return null;
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Graph's types stay in Graph/: callers see a plain failure they may retry later.
            throw new InvalidOperationException("Microsoft 365 did not give the meeting's transcript; try again later.", error);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph: reading the transcript was refused ({Code}); grant OnlineMeetingTranscript.Read.All and an application access policy (docs/deploy.md) or turn Graph:Transcripts off.")]
    private static partial void LogRefused(ILogger logger, string? code);

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph: no online meeting of organizer {OrganizerId} has that join link.")]
    private static partial void LogNoMeeting(ILogger logger, string organizerId);
}
