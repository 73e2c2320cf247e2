namespace TeamsMockBot.Application.Persistence;

/// <summary>
/// The store could not be reached or refused the request even after its own retries (throttled,
/// down, or access denied). Nothing was written; the caller can safely ask the person to try again.
/// </summary>
public sealed class StorageUnavailableException(string key, string reason, Exception? inner = null)
    : Exception($"The store could not save or read '{key}': {reason}.", inner)
{
    public string Key { get; } = key;
}
