namespace TeamsMockBot.Application.Conversations;

/// <summary>
/// Where a chat is, in the chat platform's own terms (for Teams: a serialized conversation
/// reference). Opaque here: use cases store and pass it on, only the Teams adapter reads it.
/// </summary>
public sealed record ChatAddress(string Value);
