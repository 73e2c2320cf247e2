using TeamsMockBot.Application.Conversations;

namespace TeamsMockBot.Application.Delivery;

/// <summary>
/// Sends a card outside the current turn. Implemented by the Teams adapter. Callers never call it
/// directly: everything goes through <see cref="OutboundDelivery"/>, which records the message first.
/// A refusal is a <see cref="DeliveryFailedException"/>.
/// </summary>
public interface IChatMessenger
{
    /// <summary>
    /// Posts the card in the person's personal chat with the bot; when the bot has never talked to
    /// them alone, opens that chat with the service of <paramref name="origin"/>.
    /// </summary>
    /// <param name="sessionId">The session the card belongs to, if any; for traces only.</param>
    Task SendToPersonAsync(string personId, ChatAddress? origin, string cardJson, string? sessionId, CancellationToken cancellationToken);

    /// <summary>Posts the card as a new message in the chat at <paramref name="chat"/>.</summary>
    /// <param name="sessionId">The session the card belongs to, if any; for traces only.</param>
    Task SendToChatAsync(ChatAddress chat, string cardJson, string? sessionId, CancellationToken cancellationToken);

    /// <summary>Replaces the content of a message the bot posted earlier.</summary>
    /// <param name="sessionId">The session the card belongs to, if any; for traces only.</param>
    Task UpdateMessageAsync(SessionCardLocation location, string cardJson, string? sessionId, CancellationToken cancellationToken);
}
