using Microsoft.Extensions.Logging;
using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Analytics;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Analytics;

/// <summary>
/// After a session's Teams meeting ended: fetch the meeting's transcript (when
/// <see cref="IMeetingTranscripts.IsEnabled"/>), analyse it against the session, keep the figures on
/// it and send the candidate the "Delivery analytics" card (durable delivery, once per session).
/// Teams publishes a transcript some minutes after the end, so a caller that gets
/// <see cref="TranscriptFetchOutcome.NotYet"/> asks again later.
/// </summary>
/// <remarks>Called by <see cref="CheckMeetingTranscript"/>, the durable timer's looks after a booked meeting's interview ended.</remarks>
public sealed partial class FetchMeetingTranscript(
    IMeetingTranscripts transcripts, SessionTranscripts sessionTranscripts, OutboundDelivery delivery, ILogger<FetchMeetingTranscript> logger)
{
    public async Task<TranscriptFetchOutcome> RunAsync(string sessionId, string organizerDirectoryId, Uri joinUrl, CancellationToken cancellationToken)
    {
        if (!transcripts.IsEnabled)
        {
            return TranscriptFetchOutcome.Disabled;
        }

        if (await transcripts.GetLatestVttAsync(organizerDirectoryId, joinUrl, cancellationToken).ConfigureAwait(false) is not { } vtt)
        {
            return TranscriptFetchOutcome.NotYet;
        }

        MockSession session;
        try
        {
            session = await sessionTranscripts.AnalyseAsync(sessionId, vtt, TranscriptSource.Meeting, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TranscriptException or SessionRuleException)
        {
            LogUnusable(logger, e, sessionId);
            return TranscriptFetchOutcome.Unusable;
        }

        var card = DeliveryAnalyticsCard.Build(new DeliveryAnalyticsCardModel(session.Id, session.StartedAt ?? session.CreatedAt, session.Setup.Track, session.Delivery!, FileName: null));
        await delivery.SendAsync([OutboundMessage.ToPerson($"delivery-analytics/{session.Id}", session.Candidate.Id, session.Id, card)], cancellationToken).ConfigureAwait(false);
        return TranscriptFetchOutcome.Analysed;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The meeting transcript of session {SessionId} could not be used; nothing stored")]
    private static partial void LogUnusable(ILogger logger, Exception exception, string sessionId);
}
