using TeamsMockBot.Application.Conversations;
using TeamsMockBot.Cards.Model;

namespace TeamsMockBot.Application.Delivery;

/// <summary>
/// A card to deliver outside the turn, under a stable <see cref="Key"/>: the same key is delivered
/// once however often it is queued (a retried click, two instances racing).
/// </summary>
/// <param name="TargetId">The person's id for <see cref="OutboundTarget.PersonalChat"/>; the session id for a session card; the chat's id for <see cref="OutboundTarget.Chat"/>.</param>
/// <param name="SessionId">The session the message belongs to, if any: its chat opens a personal chat the bot has not had yet.</param>
/// <param name="Origin">For messages without a session: the chat to open a personal chat from. For <see cref="OutboundTarget.Chat"/>: the chat to post in.</param>
public sealed record OutboundMessage(string Key, OutboundTarget Target, string TargetId, string? SessionId, string CardJson, ChatAddress? Origin = null)
{
    public static OutboundMessage ToPerson(string key, string personId, string sessionId, AdaptiveCard card) =>
        new(key, OutboundTarget.PersonalChat, personId, sessionId, card.ToJson());

    /// <summary>A card for the person's personal chat that belongs to no session, opened from <paramref name="origin"/> if need be.</summary>
    public static OutboundMessage ToPerson(string key, string personId, ChatAddress origin, AdaptiveCard card) =>
        new(key, OutboundTarget.PersonalChat, personId, null, card.ToJson(), origin);

    /// <summary>The new content of the session's shared card. One key per session: only the latest content matters.</summary>
    public static OutboundMessage SessionCard(string sessionId, AdaptiveCard card) =>
        new("session-card/" + sessionId, OutboundTarget.SessionCard, sessionId, sessionId, card.ToJson());

    /// <summary>A new message in the chat at <paramref name="chat"/> (whose platform id is <paramref name="chatId"/>), for the session.</summary>
    public static OutboundMessage ToChat(string key, string chatId, ChatAddress chat, string sessionId, AdaptiveCard card) =>
        new(key, OutboundTarget.Chat, chatId, sessionId, card.ToJson(), chat);

    /// <summary>A newer message with the same key replaces a waiting one instead of being refused as a repeat.</summary>
    public bool IsReplaceable => Target == OutboundTarget.SessionCard;
}
