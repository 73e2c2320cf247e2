using TeamsMockBot.Application.Conversations;

namespace TeamsMockBot.Storage;

/// <summary>
/// <see cref="IConversationDirectory"/>: <c>chats/personal/{personId}</c> and
/// <c>chats/session-cards/{sessionId}</c>. The stored document keeps the
/// <see cref="SavedConversation"/> shape written before this adapter existed.
/// </summary>
public sealed class StoredConversations(IDocumentStore store, StoreConflictRetry retry) : IConversationDirectory
{
    public Task RememberPersonalChatAsync(string personId, ChatAddress chat, CancellationToken cancellationToken) =>
        store.UpsertAsync(DocumentKeys.PersonalChat(personId), new SavedConversation(chat.Value, null), retry, cancellationToken);

    public async Task<ChatAddress?> FindPersonalChatAsync(string personId, CancellationToken cancellationToken) =>
        (await store.ReadAsync<SavedConversation>(DocumentKeys.PersonalChat(personId), cancellationToken).ConfigureAwait(false)) is { } saved
            ? new ChatAddress(saved.Value.Reference)
            : null;

    public Task RememberSessionCardAsync(string sessionId, SessionCardLocation location, CancellationToken cancellationToken) =>
        store.UpsertAsync(DocumentKeys.SessionCard(sessionId), new SavedConversation(location.Chat.Value, location.MessageId), retry, cancellationToken);

    public async Task<SessionCardLocation?> FindSessionCardAsync(string sessionId, CancellationToken cancellationToken) =>
        (await store.ReadAsync<SavedConversation>(DocumentKeys.SessionCard(sessionId), cancellationToken).ConfigureAwait(false)) is { Value.ActivityId: { } messageId } saved
            ? new SessionCardLocation(new ChatAddress(saved.Value.Reference), messageId)
            : null;

    public Task ForgetPersonalChatAsync(string personId, CancellationToken cancellationToken) =>
        store.DeleteAsync(DocumentKeys.PersonalChat(personId), etag: null, cancellationToken);

    public Task ForgetSessionCardAsync(string sessionId, CancellationToken cancellationToken) =>
        store.DeleteAsync(DocumentKeys.SessionCard(sessionId), etag: null, cancellationToken);
}
