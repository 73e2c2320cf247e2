namespace TeamsMockBot.Application.Conversations;

/// <summary>
/// Where to reach people and session cards outside a turn, kept in the store (never only in
/// memory) so any instance, or the process after a restart, can send.
/// </summary>
public interface IConversationDirectory
{
    Task RememberPersonalChatAsync(string personId, ChatAddress chat, CancellationToken cancellationToken);

    Task<ChatAddress?> FindPersonalChatAsync(string personId, CancellationToken cancellationToken);

    Task RememberSessionCardAsync(string sessionId, SessionCardLocation location, CancellationToken cancellationToken);

    Task<SessionCardLocation?> FindSessionCardAsync(string sessionId, CancellationToken cancellationToken);

    Task ForgetPersonalChatAsync(string personId, CancellationToken cancellationToken);

    Task ForgetSessionCardAsync(string sessionId, CancellationToken cancellationToken);
}
