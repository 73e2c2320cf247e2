using Microsoft.Extensions.Logging;
using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Analytics;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Analytics;

/// <summary>
/// A file sent in the personal chat: a <c>.vtt</c> transcript is downloaded, analysed against the
/// student's newest session that ran and kept on it, and answered with the "Delivery analytics"
/// card. Any other file, a file that is not a transcript, too big or not downloadable gets a
/// friendly card saying what to send instead; nothing stored changes.
/// </summary>
public sealed partial class AnalyseSharedTranscript(
    CandidateSessions candidateSessions, ITranscriptFiles files, SessionTranscripts transcripts, ILogger<AnalyseSharedTranscript> logger)
{
    /// <summary>How far back to look for a session that ran.</summary>
    public const int SessionsLookedAt = 5;

    public async Task<CardResult> HandleAsync(ChatTurn turn, CardData data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Kind != ChatKind.Personal)
        {
            return Refuse(turn, "not personal", "Send transcripts to me in our personal chat", "Teams only gives me files sent in our one-to-one chat.");
        }

        if (SharedFile.From(data) is not { } file)
        {
            return Refuse(turn, "no download link", "I couldn't open that file", "Teams didn't give me a link to it. Please send the .vtt file again.");
        }

        if (!file.IsWebVtt)
        {
            return Refuse(turn, "not vtt", "Send a .vtt transcript", "I can read meeting transcripts in WebVTT format (.vtt). In Teams, open the meeting's recap, download the transcript as .vtt, and send it here.");
        }

        var sessions = await candidateSessions.RecentAsync(turn.Actor.Id, SessionsLookedAt, cancellationToken).ConfigureAwait(false);
        if (sessions.LastOrDefault(s => s.StartedAt is not null) is not { } session)
        {
            return Refuse(turn, "no session", "No mock interview to match it to", "I match a transcript to your newest mock interview, and you haven't had one yet. Type mock to start one.");
        }

        try
        {
            var vtt = await files.DownloadAsync(file, cancellationToken).ConfigureAwait(false);
            var analysed = await transcripts.AnalyseAsync(session.Id, vtt, TranscriptSource.Upload, cancellationToken).ConfigureAwait(false);
            LogAnalysed(logger, analysed.Id, turn.ActivityId);
            return new CardResult(DeliveryAnalyticsCard.Build(new DeliveryAnalyticsCardModel(
                analysed.Id, analysed.StartedAt ?? analysed.CreatedAt, analysed.Setup.Track, analysed.Delivery!, file.Name)));
        }
        catch (TranscriptException e)
        {
            return Refuse(turn, e.Problem.ToString(), "That isn't a transcript I can read", e.Message);
        }
        catch (TranscriptDownloadException e)
        {
            LogDownloadFailed(logger, e, e.Failure.ToString(), turn.ActivityId);
            return e.Failure switch
            {
                TranscriptDownloadFailure.TooLarge => Refuse(turn, "too large", "That file is too large", "A transcript of one mock interview is well under 5 MB. Send the transcript of a single session."),
                TranscriptDownloadFailure.HostNotAllowed => Refuse(turn, "host not allowed", "I couldn't open that file", "It isn't stored where Teams keeps chat files. Attach the .vtt file to a message here."),
                _ => Refuse(turn, "unavailable", "I couldn't download that file", "Teams' file storage didn't answer. Please send it again in a minute."),
            };
        }
    }

    private CardResult Refuse(ChatTurn turn, string reason, string title, string message)
    {
        LogRefused(logger, reason, turn.ActivityId);
        return new CardResult(NoticeCard.Build(new NoticeCardModel(title, message, NoticeKind.Warning)));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Transcript analysed for session {SessionId} (activity {ActivityId})")]
    private static partial void LogAnalysed(ILogger logger, string sessionId, string activityId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Transcript refused: {Reason} (activity {ActivityId}); nothing stored")]
    private static partial void LogRefused(ILogger logger, string reason, string activityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Transcript download failed: {Failure} (activity {ActivityId})")]
    private static partial void LogDownloadFailed(ILogger logger, Exception exception, string failure, string activityId);
}
