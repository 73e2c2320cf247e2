namespace TeamsMockBot.Storage;

/// <summary>That a message key was delivered, and when. No content and no ids: the key is hashed.</summary>
public sealed record OutboxSentMark(DateTimeOffset SentAt);
