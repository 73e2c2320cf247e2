namespace TeamsMockBot.Application.Persistence;

/// <summary>
/// A stored document that cannot be read: not JSON, the wrong shape, or written by a newer version
/// of the bot (an unknown <c>schemaVersion</c>). It is left untouched for a person to inspect.
/// </summary>
public sealed class CorruptDocumentException : Exception
{
    public CorruptDocumentException(string key, Exception inner)
        : this(key, "it is not valid JSON of the expected shape", inner)
    {
    }

    public CorruptDocumentException(string key, string reason, Exception? inner = null)
        : base($"The stored document '{key}' could not be read ({reason}); it has been left as it is.", inner)
    {
        Key = key;
    }

    public string Key { get; }
}
