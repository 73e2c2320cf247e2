namespace TeamsMockBot.Storage;

/// <summary>A chat's address (the platform's own serialized reference) and, for a card, the message id.</summary>
public sealed record SavedConversation(string Reference, string? ActivityId);
