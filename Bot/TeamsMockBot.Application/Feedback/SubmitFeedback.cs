using Microsoft.Extensions.Logging;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Feedback;

/// <summary>
/// The interviewer's feedback form. Invalid input re-shows the form with each error beside its
/// field and everything typed kept. Once saved, the candidate's card goes out if they have
/// self-assessed (or when the interviewer releases it).
/// </summary>
public sealed class SubmitFeedback(
    ISessionStore sessions, SessionViews views, FeedbackDelivery delivery, Rubric rubric, TimeProvider time, ILogger<SubmitFeedback> logger)
{
    public async Task<CardResult> HandleAsync(ChatTurn turn, CardData data, CancellationToken cancellationToken)
    {
        var sessionId = data.RequireSessionId();
        var submissionId = data.RequireSubmissionId();
        // Read first: the form can then be shown again even if the save below fails; its track says what is rated.
        var current = await sessions.GetAsync(sessionId, cancellationToken).ConfigureAwait(false);
        if (!current.IsInterviewer(turn.Actor.Id))
        {
            // Before validation: a form with errors comes back filled in, with the interviewer's notes and tags.
            throw new NotInterviewerException(current.Interviewer.Name);
        }

        var competencies = rubric.ForTrack(current.Setup.Track);
        var draft = FeedbackForms.ReadFeedback(data, competencies);
        var errors = draft.Validate(competencies);
        if (errors.Count > 0)
        {
            return new CardResult(views.FeedbackForm(current, draft, errors, submissionId));
        }

        var report = draft.ToReport(turn.Actor.Id, time.GetUtcNow()) with { SubmissionId = submissionId };
        var (saved, reshown) = await FormSaveFailure.SaveAsync(
            sessions, sessionId, s => s.SubmitFeedback(report), saveErrors => views.FeedbackForm(current, draft, saveErrors, submissionId), logger, cancellationToken).ConfigureAwait(false);
        if (reshown is not null)
        {
            return reshown;
        }

        (saved, var arrived) = await delivery.DeliverOrShowProgressAsync(saved!, cancellationToken).ConfigureAwait(false);

        var delivered = saved.Stage == SessionStage.Completed;
        var message = !delivered
            ? saved.HasBothHalves
                ? $"Your feedback is saved. {saved.Candidate.Name} gets it once you have both sent your feedback and self-assessments (neither sees the other's before), or by the deadline."
                : $"Your feedback is saved. {saved.Candidate.Name} gets it after their self-assessment, or you can send it now."
            : arrived
                ? $"Your feedback is saved and {saved.Candidate.Name} has it now."
                : $"Your feedback is saved and on its way to {saved.Candidate.Name}: Teams is busy, so it arrives as soon as Teams accepts it.";
        return new CardResult(NoticeCard.Build(new NoticeCardModel(
            "Thanks for your feedback", message, NoticeKind.Success, saved.Id, CanRelease: !delivered && !saved.HasBothHalves) { CanEditFeedback = !delivered }));
    }
}
