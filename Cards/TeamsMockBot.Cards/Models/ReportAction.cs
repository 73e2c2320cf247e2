namespace TeamsMockBot.Cards.Models;

/// <summary>A button the feedback card shows for another flow (e.g. "Book the next mock"): only ever set with a verb that has a route.</summary>
public sealed record ReportAction(string Title, string Verb, IReadOnlyDictionary<string, object> Data);
