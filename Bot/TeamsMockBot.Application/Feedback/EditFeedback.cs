using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Feedback;

/// <summary>
/// "Edit feedback": the interviewer's form again, filled with what they submitted. Submitting it
/// stores a new version; the earlier one is kept. Only possible until the candidate has the card.
/// </summary>
public sealed class EditFeedback(ISessionStore sessions, SessionViews views)
{
    public async Task<CardResult> HandleAsync(ChatTurn turn, CardData data, CancellationToken cancellationToken)
    {
        var session = await sessions.GetAsync(data.RequireSessionId(), cancellationToken).ConfigureAwait(false);
        if (!session.IsInterviewer(turn.Actor.Id))
        {
            throw new NotInterviewerException(session.Interviewer.Name);
        }

        if (session.Stage == SessionStage.Completed || session.Feedback is null)
        {
            throw new SessionRuleException(session.Feedback is null
                ? "There is no feedback to edit yet."
                : $"{session.Candidate.Name} already has this feedback, so it can't be edited any more.");
        }

        return new CardResult(views.FeedbackForm(session, FeedbackDraft.From(session.Feedback), new Dictionary<string, string>(), SessionViews.NewSubmissionId()));
    }
}
