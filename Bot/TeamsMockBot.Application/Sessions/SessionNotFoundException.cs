namespace TeamsMockBot.Application.Sessions;

public sealed class SessionNotFoundException(string sessionId)
    : Exception("I can't find that mock interview any more. Type \"mock\" to start a new one.")
{
    public string SessionId { get; } = sessionId;
}
