namespace TeamsMockBot.Application.Routing;

/// <summary>
/// One entry of the <see cref="RouteTable"/>: what a verb, command or event is called (for logs
/// and metrics), whether its handler needs the chat's members (a roster call to Teams, so only
/// asked for when needed), and the handler.
/// </summary>
public sealed record Route(string Name, bool NeedsMembers, Func<ChatTurn, CardData, CancellationToken, Task<CardResult>> HandleAsync);
