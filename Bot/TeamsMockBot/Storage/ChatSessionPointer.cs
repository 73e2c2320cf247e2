namespace TeamsMockBot.Storage;

/// <summary>
/// The stored link from a chat to the newest session created in it. Only ids and a time: no
/// person's data, so "delete my data" has nothing to remove here; a pointer to a deleted session
/// simply finds nothing.
/// </summary>
public sealed record ChatSessionPointer(string SessionId, DateTimeOffset CreatedAt);
