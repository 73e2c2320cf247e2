using TeamsMockBot.Application.Meeting;

namespace TeamsMockBot.Application.Routing;

/// <summary>
/// A meeting event's entry in the <see cref="RouteTable"/>: its name (for logs and metrics), whether
/// its handler needs the chat's members, and the handler, which answers with a card to post into the
/// meeting chat or null for nothing.
/// </summary>
public sealed record MeetingRoute(string Name, bool NeedsMembers, Func<ChatTurn, MeetingEvent, CancellationToken, Task<CardResult?>> HandleAsync);
