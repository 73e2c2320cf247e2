using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Domain.Storage;
using TeamsMockBot.Storage;
using TeamsMockBot.UseCases;

namespace TeamsMockBot.Meeting;

/// <summary>
/// Which session belongs to a chat. The meeting side panel knows only its chat (from the Teams JS
/// SDK), never a session id, so the Teams layer records each session created in a chat here.
/// </summary>
public sealed class ChatSessions(IDocumentStore store, SessionRepository sessions)
{
    /// <summary>
    /// Points the chat at <paramref name="sessionId"/> unless it already points at a newer session:
    /// a repeated Create on an old setup card must not take the panel back to an old session.
    /// </summary>
    public async Task RememberAsync(string conversationId, string sessionId, CancellationToken cancellationToken)
    {
        var session = await sessions.FindAsync(sessionId, cancellationToken).ConfigureAwait(false);
        if (session is null)
        {
            return;
        }

        var key = DocumentKeys.ChatCurrentSession(ChatIdOf(conversationId));
        var pointer = new ChatSessionPointer(session.Id, session.CreatedAt);
        try
        {
            await store.CreateAsync(key, pointer, cancellationToken).ConfigureAwait(false);
        }
        catch (DocumentConflictException)
        {
            await store.UpdateAsync<ChatSessionPointer>(key, current => current.CreatedAt > pointer.CreatedAt ? current : pointer, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The chat's newest session while it is still running or waiting for feedback; null once delivered, deleted or never made.</summary>
    public async Task<MockSession?> FindCurrentAsync(string chatId, CancellationToken cancellationToken)
    {
        var pointer = await store.ReadAsync<ChatSessionPointer>(DocumentKeys.ChatCurrentSession(ChatIdOf(chatId)), cancellationToken).ConfigureAwait(false);
        if (pointer is null)
        {
            return null;
        }

        var session = await sessions.FindAsync(pointer.Value.SessionId, cancellationToken).ConfigureAwait(false);
        return session is { Stage: not SessionStage.Completed } ? session : null;
    }

    /// <summary>
    /// A channel conversation id names the thread a message was posted in (<c>…;messageid=…</c>);
    /// a tab knows only the channel, so the thread part is dropped on both sides.
    /// </summary>
    public static string ChatIdOf(string conversationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var thread = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return thread > 0 ? conversationId[..thread] : conversationId;
    }
}
