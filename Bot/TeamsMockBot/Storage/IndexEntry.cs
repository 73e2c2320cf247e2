namespace TeamsMockBot.Storage;

/// <summary>
/// An index entry: its key says everything (which person or day, which session), so indexes are
/// listed, never read. Written before the session it names, so a crash leaves at worst an entry
/// whose session does not exist, which readers skip and clean.
/// </summary>
public sealed record IndexEntry
{
    public static IndexEntry Instance { get; } = new();
}
