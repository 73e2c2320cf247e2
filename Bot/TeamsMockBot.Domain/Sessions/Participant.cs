namespace TeamsMockBot.Domain.Sessions;

/// <summary>A person in a session. <see cref="Id"/> is the chat platform's stable user id.</summary>
public sealed record Participant(string Id, string Name);
