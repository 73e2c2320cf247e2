namespace TeamsMockBot.Storage;

public sealed class DocumentNotFoundException(string key) : Exception($"The document '{key}' does not exist.")
{
    public string Key { get; } = key;
}
