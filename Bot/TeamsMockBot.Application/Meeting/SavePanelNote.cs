using Microsoft.Extensions.Logging;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Meeting;

/// <summary>
/// The side panel's note box, saved as the interviewer types (the page waits for a pause in typing).
/// Each save carries the box's whole text and replaces the panel's note on that question
/// (<see cref="MockSession.WritePanelNote"/>), so a stream of saves leaves one note, not one per
/// keystroke; the card's "Save note" keeps adding separate notes.
/// </summary>
public sealed partial class SavePanelNote(PanelSessions panels, ISessionStore sessions, TimeProvider time, ILogger<SavePanelNote> logger)
{
    /// <summary>The session after the save; null when there is no running session.</summary>
    /// <exception cref="PanelAccessDeniedException">The caller is not the session's interviewer.</exception>
    /// <exception cref="SessionRuleException">The note breaks a rule (too long, no such question); the message says which.</exception>
    public async Task<MockSession?> SaveAsync(PanelCaller caller, int questionNumber, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (await panels.FindAsync(caller, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            return null;
        }

        var (session, role) = found;

        if (role != PanelRole.Interviewer)
        {
            throw new PanelAccessDeniedException("Only the interviewer takes notes in this mock interview.");
        }

        var interviewerId = session.Interviewer.Id;
        try
        {
            return await sessions.UpdateAsync(session.Id, s => s.WritePanelNote(interviewerId, questionNumber, text, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        }
        catch (StaleActionException)
        {
            // The same text again (a retried save): nothing to change, and nothing is wrong.
            LogUnchanged(logger, session.Id, questionNumber);
            return await sessions.GetAsync(session.Id, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Panel note on session {SessionId} question {QuestionNumber} unchanged")]
    private static partial void LogUnchanged(ILogger logger, string sessionId, int questionNumber);
}
