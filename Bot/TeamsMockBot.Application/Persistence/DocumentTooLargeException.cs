namespace TeamsMockBot.Application.Persistence;

/// <summary>A document over the size limit; it was refused before anything was written.</summary>
public sealed class DocumentTooLargeException(string key, long size, long limit)
    : Exception($"The document '{key}' is {size:N0} bytes, over the {limit:N0}-byte limit of one stored document; it was not saved.")
{
    public string Key { get; } = key;

    public long Size { get; } = size;

    public long Limit { get; } = limit;
}
