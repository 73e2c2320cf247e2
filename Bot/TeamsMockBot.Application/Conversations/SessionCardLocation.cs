namespace TeamsMockBot.Application.Conversations;

/// <summary>The chat and message that show a session's shared card, for in-place updates.</summary>
public sealed record SessionCardLocation(ChatAddress Chat, string MessageId);
