using TeamsMockBot.Application.Turns;

namespace TeamsMockBot.Application.Sessions;

/// <summary>
/// Keeps each organisation's sessions to itself: a card action naming a session from another tenant
/// is answered as if the session did not exist (so ids reveal nothing), before any use case runs, so
/// nothing is read for the caller or stored. Rule: <see cref="Domain.Sessions.MockSession.IsUsableFrom"/>.
/// </summary>
public sealed class SessionTenancy(ISessionStore sessions)
{
    public async Task EnsureUsableAsync(ChatTurn turn, string? sessionId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(sessionId))
        {
            return;
        }

        var session = await sessions.FindAsync(sessionId, cancellationToken).ConfigureAwait(false);
        if (session is not null && !session.IsUsableFrom(turn.TenantId, turn.Actor.Id))
        {
            throw new SessionNotFoundException(sessionId);
        }
    }
}
