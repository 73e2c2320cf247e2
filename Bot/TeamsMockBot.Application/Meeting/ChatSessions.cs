using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Meeting;

/// <summary>
/// Which session belongs to a chat. The meeting side panel knows only its chat (from the Teams JS
/// SDK), never a session id; <see cref="CreateSession"/> records each session created in a chat.
/// </summary>
public sealed class ChatSessions(IChatSessionIndex index, ISessionStore sessions)
{
    /// <summary>The chat's newest session while it is still running or waiting for feedback; null once delivered, deleted or never made.</summary>
    public async Task<MockSession?> FindCurrentAsync(string chatId, CancellationToken cancellationToken)
    {
        var sessionId = await index.FindAsync(ChatIdOf(chatId), cancellationToken).ConfigureAwait(false);
        if (sessionId is null)
        {
            return null;
        }

        var session = await sessions.FindAsync(sessionId, cancellationToken).ConfigureAwait(false);
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
