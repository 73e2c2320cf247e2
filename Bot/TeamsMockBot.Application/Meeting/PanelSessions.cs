using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Meeting;

/// <summary>
/// The session a meeting page caller may see, and as whom: a signed link opens the session it names;
/// a Teams page opens its chat's newest session. Either way the caller must be its interviewer or
/// its candidate.
/// </summary>
public sealed class PanelSessions(ISessionStore sessions, ChatSessions chats)
{
    /// <summary>The session and the caller's role; null when there is no running session to show.</summary>
    /// <exception cref="PanelAccessDeniedException">The caller is neither the interviewer nor the candidate.</exception>
    public async Task<(MockSession Session, PanelRole Role)?> FindAsync(PanelCaller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var session = caller.SessionId is { } sessionId
            ? await sessions.FindAsync(sessionId, cancellationToken).ConfigureAwait(false)
            : await chats.FindCurrentAsync(caller.ChatId!, cancellationToken).ConfigureAwait(false);
        if (session is null or { Stage: SessionStage.Completed })
        {
            return null;
        }

        if (caller.Is(session.Interviewer))
        {
            return (session, PanelRole.Interviewer);
        }

        return caller.Is(session.Candidate)
            ? (session, PanelRole.Candidate)
            : throw new PanelAccessDeniedException("This panel belongs to the mock interview's interviewer and candidate, and you are neither.");
    }
}
