using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Models;

namespace TeamsMockBot.UseCases;

/// <summary>The interviewer sends their feedback without waiting for the self-assessment.</summary>
public sealed class ReleaseFeedback(SessionRepository sessions, FeedbackDelivery delivery, TimeProvider time)
{
    public async Task<CardResult> HandleAsync(ChatTurn turn, CardData data, CancellationToken cancellationToken)
    {
        var sessionId = data.RequireSessionId();
        var saved = await sessions.UpdateAsync(sessionId, s => s.ReleaseFeedback(turn.Actor.Id, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        saved = await delivery.DeliverOrShowProgressAsync(saved, cancellationToken).ConfigureAwait(false);
        return new CardResult(NoticeCard.Build(new NoticeCardModel(
            "Feedback sent", $"{saved.Candidate.Name} has your feedback card now.", NoticeKind.Success)));
    }
}
