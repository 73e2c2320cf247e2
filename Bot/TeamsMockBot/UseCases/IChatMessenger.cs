using TeamsMockBot.Cards.Model;

namespace TeamsMockBot.UseCases;

/// <summary>
/// Messages the use cases send outside the current turn. Implemented by the Teams adapter, which
/// keeps the conversation references in the store so any instance can send.
/// </summary>
public interface IChatMessenger
{
    /// <summary>Posts <paramref name="card"/> in the person's personal chat with the bot.</summary>
    Task SendToPersonAsync(string personId, string sessionId, AdaptiveCard card, CancellationToken cancellationToken);

    /// <summary>Replaces the session's shared interview card (the message everyone in the chat sees).</summary>
    Task UpdateSessionCardAsync(string sessionId, AdaptiveCard card, CancellationToken cancellationToken);
}
