namespace TeamsMockBot.Domain.Sessions;

/// <summary>
/// An action the session's rules refuse. The message is written for the person who clicked:
/// the turn-error handler shows it as-is on a friendly card.
/// </summary>
public class SessionRuleException(string message) : Exception(message);
