using Microsoft.Extensions.Logging;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Feedback;

/// <summary>The candidate's self-assessment; their feedback card follows once the interviewer's feedback is in.</summary>
public sealed class SubmitSelfAssessment(
    ISessionStore sessions, SessionViews views, FeedbackDelivery delivery, Rubric rubric, TimeProvider time, ILogger<SubmitSelfAssessment> logger)
{
    public async Task<CardResult> HandleAsync(ChatTurn turn, CardData data, CancellationToken cancellationToken)
    {
        var sessionId = data.RequireSessionId();
        var submissionId = data.RequireSubmissionId();
        // Read first: the form can then be shown again even if the save below fails; its track says what is rated.
        var current = await sessions.GetAsync(sessionId, cancellationToken).ConfigureAwait(false);
        if (!current.IsCandidate(turn.Actor.Id))
        {
            // Before validation: a form with errors would come back to whoever posted it.
            throw new SessionRuleException($"Only the candidate ({current.Candidate.Name}) can self-assess this session.");
        }

        var competencies = rubric.ForTrack(current.Setup.Track);
        var draft = FeedbackForms.ReadSelfAssessment(data, competencies);
        var errors = draft.Validate(competencies, ratesInterviewer: current.HasBothHalves);
        if (errors.Count > 0)
        {
            return new CardResult(views.SelfAssessmentForm(current, draft, errors, submissionId));
        }

        var assessment = draft.ToAssessment(turn.Actor.Id, time.GetUtcNow()) with { SubmissionId = submissionId };
        var (saved, reshown) = await FormSaveFailure.SaveAsync(
            sessions, sessionId, s => s.SubmitSelfAssessment(assessment), saveErrors => views.SelfAssessmentForm(current, draft, saveErrors, submissionId), logger, cancellationToken).ConfigureAwait(false);
        if (reshown is not null)
        {
            return reshown;
        }

        (saved, var arrived) = await delivery.DeliverOrShowProgressAsync(saved!, cancellationToken).ConfigureAwait(false);

        var message = saved.Stage != SessionStage.Completed
            ? saved.HasBothHalves
                ? $"Thanks for reflecting. Your feedback card arrives here once you and {saved.Interviewer.Name} have both sent your feedback and self-assessments, or by the deadline."
                : $"Thanks for reflecting. Your feedback card arrives here as soon as {saved.Interviewer.Name} has sent theirs."
            : arrived
                ? "Thanks for reflecting. Your feedback card is right below."
                : "Thanks for reflecting. Teams is busy right now, so your feedback card is on its way: it arrives here as soon as Teams accepts it.";
        return new CardResult(NoticeCard.Build(new NoticeCardModel("Self-assessment saved", message, NoticeKind.Success)));
    }
}
