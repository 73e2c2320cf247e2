namespace TeamsMockBot.Application.Persistence;

/// <summary>A conditional write lost a race: the document changed (or appeared) since it was read.</summary>
public sealed class DocumentConflictException(string key) : Exception($"The document '{key}' was changed by someone else.")
{
    public string Key { get; } = key;
}
