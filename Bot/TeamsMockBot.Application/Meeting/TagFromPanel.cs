using System.Globalization;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Meeting;

/// <summary>
/// A quick tag button on the interviewer's side panel. It runs the card's own tag button
/// (<see cref="ControlInterview"/> with <see cref="CardVerbs.Tag"/>), as the interviewer, with the
/// data that button carries: the same rules, the same save, the same idempotent on/off.
/// </summary>
public sealed class TagFromPanel(PanelSessions panels, ControlInterview control, ISessionStore sessions)
{
    /// <summary>The session after the click; null when there is no running session.</summary>
    /// <exception cref="PanelAccessDeniedException">The caller is not the session's interviewer.</exception>
    public async Task<MockSession?> TagAsync(PanelCaller caller, int questionNumber, QuickTag tag, bool on, CancellationToken cancellationToken)
    {
        if (await panels.FindAsync(caller, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            return null;
        }

        var (session, role) = found;
        if (role != PanelRole.Interviewer)
        {
            throw new PanelAccessDeniedException("Only the interviewer tags answers in this mock interview.");
        }

        var data = new CardData(new Dictionary<string, string>
        {
            [CardInputs.SessionId] = session.Id,
            [CardInputs.QuestionNumber] = questionNumber.ToString(CultureInfo.InvariantCulture),
            [CardInputs.Tag] = tag.ToString(),
            [CardInputs.TagState] = on ? CardInputs.TagOn : CardInputs.TagOff,
        });
        // A repeated click (the tag is already in that state) or a click for an earlier question is
        // answered by the use case with the current card and changes nothing; the panel re-reads either way.
        await control.HandleAsync(ChatTurn.Of(session.Interviewer, ChatKind.Meeting), CardVerbs.Tag, data, cancellationToken).ConfigureAwait(false);
        return await sessions.GetAsync(session.Id, cancellationToken).ConfigureAwait(false);
    }
}
