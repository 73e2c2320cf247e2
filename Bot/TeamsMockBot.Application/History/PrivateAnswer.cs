using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;

namespace TeamsMockBot.Application.History;

/// <summary>
/// Answers that hold someone's scores (history, progress) are not for a group to read: asked in a
/// shared chat, the card goes to the asker's personal chat (durable delivery) and the chat is told where.
/// </summary>
internal static class PrivateAnswer
{
    /// <param name="kind">The outbox key's prefix, e.g. <c>progress</c>; the activity id makes it one message per request.</param>
    public static async Task<CardResult> SendAsync(
        ChatTurn turn, OutboundDelivery delivery, string kind, AdaptiveCard card, string whereItIs, CancellationToken cancellationToken)
    {
        if (turn.Kind == ChatKind.Personal || turn.Chat is null)
        {
            return new CardResult(card);
        }

        await delivery.SendAsync([OutboundMessage.ToPerson($"{kind}/{turn.ActivityId}", turn.Actor.Id, turn.Chat, card)], cancellationToken).ConfigureAwait(false);
        return new CardResult(NoticeCard.Build(new NoticeCardModel("Sent to you privately", whereItIs, NoticeKind.Info)));
    }
}
