namespace TeamsMockBot.Application.Meeting;

/// <summary>Which session a chat shows now: the newest one created in it (the meeting side panel knows only its chat).</summary>
public interface IChatSessionIndex
{
    /// <summary>Points the chat at the session unless it already points at a newer one.</summary>
    Task RememberAsync(string chatId, string sessionId, DateTimeOffset createdAt, CancellationToken cancellationToken);

    /// <summary>The id of the chat's newest session, or null.</summary>
    Task<string?> FindAsync(string chatId, CancellationToken cancellationToken);
}
