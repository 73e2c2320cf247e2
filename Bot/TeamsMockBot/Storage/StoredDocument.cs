namespace TeamsMockBot.Storage;

/// <summary>A document as read from the store, with the version tag a conditional write must present.</summary>
public sealed record StoredDocument<T>(T Value, string ETag);
