namespace TeamsMockBot.Domain.Sessions;

/// <summary>A person in a session. <see cref="Id"/> is the chat platform's stable user id.</summary>
public sealed record Participant(string Id, string Name)
{
    /// <summary>
    /// The person's directory (Entra ID) object id when the platform gave one. Pages that sign the
    /// person in with the directory (the meeting side panel) know only this id, never <see cref="Id"/>.
    /// Null for sessions stored before it was recorded and for people the platform gave no id for.
    /// </summary>
    public string? DirectoryId { get; init; }

    /// <summary>Whether <paramref name="directoryId"/> names this person (directory ids are GUIDs: case does not matter).</summary>
    public bool HasDirectoryId(string? directoryId) =>
        DirectoryId is { Length: > 0 } own && directoryId is { Length: > 0 } && string.Equals(own, directoryId, StringComparison.OrdinalIgnoreCase);
}
