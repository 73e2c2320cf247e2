using TeamsMockBot.Domain.Questions;

namespace TeamsMockBot.Application.Meeting;

/// <summary>
/// What a meeting page shows its caller: the side panel gives the interviewer their hints and notes;
/// the stage, which everyone in the meeting watches, never does.
/// </summary>
public sealed class ShowMeetingPanel(PanelSessions panels, QuestionBank bank, TimeProvider time)
{
    /// <summary>The caller's view, or null when there is no running session.</summary>
    /// <exception cref="PanelAccessDeniedException">The caller is not a participant of the session.</exception>
    public async Task<MeetingPanelView?> ShowAsync(PanelCaller caller, PanelSurface surface, CancellationToken cancellationToken)
    {
        if (await panels.FindAsync(caller, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            return null;
        }

        var (session, role) = found;

        var seesPrivate = role == PanelRole.Interviewer && surface == PanelSurface.SidePanel;
        return MeetingPanelView.Of(session, bank, time.GetUtcNow(), role, seesPrivate ? PanelInterviewerView.Of(session, bank) : null);
    }
}
