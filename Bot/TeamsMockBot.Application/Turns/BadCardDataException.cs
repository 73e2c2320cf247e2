namespace TeamsMockBot.Application.Turns;

/// <summary>A card action whose data is missing or malformed (an old card, a hand-made request).</summary>
public sealed class BadCardDataException(string message) : Exception(message);
