namespace TeamsMockBot.Storage;

/// <summary>A stored document that cannot be read. It is left untouched for a person to inspect.</summary>
public sealed class CorruptDocumentException(string key, Exception inner)
    : Exception($"The stored document '{key}' could not be read; it has been left as it is.", inner)
{
    public string Key { get; } = key;
}
