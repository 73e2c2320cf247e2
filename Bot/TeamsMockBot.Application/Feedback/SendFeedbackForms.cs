using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Feedback;

/// <summary>
/// Queues the blank feedback form for the interviewer and the self-assessment for the candidate,
/// each to their personal chat: private, and not overwritten when the shared card changes. In solo
/// practice there is only the self-assessment. The keys make queuing again (a second "Open
/// feedback", the meeting ending after the click) a no-op once a form was delivered.
/// </summary>
public sealed class SendFeedbackForms(SessionViews views, OutboundDelivery delivery)
{
    public Task SendAsync(MockSession session, CancellationToken cancellationToken)
    {
        var forms = new List<OutboundMessage>();
        if (!session.IsSolo)
        {
            forms.Add(OutboundMessage.ToPerson($"feedback-form/{session.Id}", session.Interviewer.Id, session.Id,
                views.FeedbackForm(session, FeedbackDraft.Empty, new Dictionary<string, string>(), SessionViews.NewSubmissionId())));
        }

        forms.Add(OutboundMessage.ToPerson($"self-assessment-form/{session.Id}", session.Candidate.Id, session.Id,
            views.SelfAssessmentForm(session, SelfAssessmentDraft.Empty, new Dictionary<string, string>(), SessionViews.NewSubmissionId())));
        return delivery.SendAsync(forms, cancellationToken);
    }
}
