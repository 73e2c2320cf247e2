namespace TeamsMockBot.Storage;

/// <summary><c>calendar/links/{token}</c>: the invite an .ics link opens.</summary>
public sealed record CalendarLinkDocument(string EventId);
