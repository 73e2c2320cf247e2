namespace TeamsMockBot.Domain.Sessions;

/// <summary>
/// A click on a card that no longer matches the session (a double click, or a card from an
/// earlier question). Nothing changes; the caller shows the current card again.
/// </summary>
public sealed class StaleActionException(string message) : SessionRuleException(message);
