using TeamsMockBot.Application.Meeting;
using TeamsMockBot.Application.Persistence;

namespace TeamsMockBot.Storage;

/// <summary><see cref="IChatSessionIndex"/> as one pointer per chat: <c>chats/current-session/{chatId}</c>.</summary>
public sealed class StoredChatSessions(IDocumentStore store, StoreConflictRetry retry) : IChatSessionIndex
{
    /// <summary>A repeated Create on an old setup card must not take the panel back to an old session.</summary>
    public async Task RememberAsync(string chatId, string sessionId, DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        var key = DocumentKeys.ChatCurrentSession(chatId);
        var pointer = new ChatSessionPointer(sessionId, createdAt);
        try
        {
            await store.CreateAsync(key, pointer, cancellationToken).ConfigureAwait(false);
        }
        catch (DocumentConflictException)
        {
            await store.UpdateAsync<ChatSessionPointer>(key, current => current.CreatedAt > pointer.CreatedAt ? current : pointer, retry, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<string?> FindAsync(string chatId, CancellationToken cancellationToken) =>
        (await store.ReadAsync<ChatSessionPointer>(DocumentKeys.ChatCurrentSession(chatId), cancellationToken).ConfigureAwait(false))?.Value.SessionId;
}
