using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Domain.Scheduling;

/// <summary>A booking, move or cancel the scheduling rules refuse; the message is written for the person who asked.</summary>
public sealed class SchedulingRuleException(string message) : SessionRuleException(message);
