using TeamsMockBot.Cards.Parts.Interview;
using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Parts;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Cards;

/// <summary>
/// The interview card for one viewer in one stage. The message in the chat is the
/// <see cref="InterviewViewer.Everyone"/> view; its refresh makes Teams fetch the interviewer's own
/// view for them alone. A visible Refresh button stays because Teams' automatic refresh can stop.
/// </summary>
public static class InterviewCard
{
    public static AdaptiveCard Build(InterviewCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Viewer == InterviewViewer.Everyone && model.Private is not null)
        {
            throw new ArgumentException("The view everyone sees must be built without the interviewer's private material.", nameof(model));
        }

        if (model.Stage == SessionStage.Interviewing && string.IsNullOrWhiteSpace(model.QuestionText))
        {
            throw new ArgumentException("A card for a running interview needs the current question.", nameof(model));
        }

        var body = new List<CardElement>();
        body.AddRange(InterviewHeader.Build(model));
        body.AddRange(model.Stage switch
        {
            SessionStage.Ready => InterviewStages.Ready(model),
            SessionStage.Interviewing => QuestionSection.Build(model),
            SessionStage.CandidateQuestions => InterviewStages.CandidateQuestions(model),
            SessionStage.AwaitingFeedback => InterviewStages.AwaitingFeedback(model),
            SessionStage.Completed => InterviewStages.Completed(model),
            _ => throw new ArgumentOutOfRangeException(nameof(model), model.Stage, "Unknown session stage."),
        });

        var actions = new List<CardAction> { CardButtons.Refresh(model.SessionId) };
        if (model.OffersLivePanel && model.Stage is SessionStage.Ready or SessionStage.Interviewing or SessionStage.CandidateQuestions)
        {
            actions.Add(CardButtons.Execute("Live panel", CardVerbs.OpenLivePanel, CardButtons.Session(model.SessionId)));
        }
        if (model.Stage == SessionStage.Completed)
        {
            actions.Add(CardButtons.Execute("Past sessions", CardVerbs.ShowHistory));
        }

        return new AdaptiveCard(body)
        {
            Refresh = model.Viewer == InterviewViewer.Everyone
                ? new CardRefresh(CardButtons.Refresh(model.SessionId), model.RefreshUserIds)
                : null,
            Actions = actions,
        };
    }
}
