using Microsoft.Extensions.Logging;
using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Scheduling;

/// <summary>"I'm here" on the 10-minute reminder: recorded once on the session, and the interviewer is told in their personal chat.</summary>
public sealed partial class CheckIn(ISessionStore sessions, OutboundDelivery delivery, TimeProvider time, ILogger<CheckIn> logger)
{
    public async Task<CardResult> HandleAsync(ChatTurn turn, CardData data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(data);
        var now = time.GetUtcNow();
        var saved = await sessions.UpdateAsync(data.RequireSessionId(), s => s.CheckIn(turn.Actor.Id, now), cancellationToken).ConfigureAwait(false);
        var booking = saved.Booking!;
        var told = NoticeCard.Build(new NoticeCardModel(
            "Your candidate is here",
            $"The candidate of your mock at {{{{TIME({Cards.SlotsCard.Iso(booking.Slot.Start)})}}}} checked in and is ready.",
            NoticeKind.Success));
        await delivery.SendAsync([OutboundMessage.ToPerson($"checkin/{saved.Id}/{booking.Sequence}", saved.Interviewer.Id, saved.Id, told)], cancellationToken).ConfigureAwait(false);
        LogCheckedIn(logger, saved.Id, turn.ActivityId);
        return new CardResult(NoticeCard.Build(new NoticeCardModel("Thanks, you're checked in", "I've told your interviewer you're here. Good luck!", NoticeKind.Success)));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId}: the candidate checked in (activity {ActivityId})")]
    private static partial void LogCheckedIn(ILogger logger, string sessionId, string activityId);
}
