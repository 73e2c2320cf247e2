using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Meeting;

/// <summary>
/// The session a meeting event is about: the newest session of the meeting's chat, whatever its
/// stage (each use case decides what a stage means for it). A meeting whose chat never had a
/// session is "unknown" to us.
/// </summary>
public sealed class MeetingSessions(IChatSessionIndex index, ISessionStore sessions)
{
    public async Task<MockSession?> FindAsync(string chatId, CancellationToken cancellationToken)
    {
        if (chatId.Length == 0 || await index.FindAsync(ChatSessions.ChatIdOf(chatId), cancellationToken).ConfigureAwait(false) is not { } sessionId)
        {
            return null;
        }

        return await sessions.FindAsync(sessionId, cancellationToken).ConfigureAwait(false);
    }
}
