using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Models;

namespace TeamsMockBot.Application.Feedback;

/// <summary>The interviewer sends their feedback without waiting for the self-assessment.</summary>
public sealed class ReleaseFeedback(ISessionStore sessions, FeedbackDelivery delivery, TimeProvider time)
{
    public async Task<CardResult> HandleAsync(ChatTurn turn, CardData data, CancellationToken cancellationToken)
    {
        var sessionId = data.RequireSessionId();
        var saved = await sessions.UpdateAsync(sessionId, s => s.ReleaseFeedback(turn.Actor.Id, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        (saved, var arrived) = await delivery.DeliverOrShowProgressAsync(saved, cancellationToken).ConfigureAwait(false);
        return new CardResult(NoticeCard.Build(new NoticeCardModel(
            "Feedback sent",
            arrived ? $"{saved.Candidate.Name} has your feedback card now." : $"Your feedback card is on its way to {saved.Candidate.Name}: Teams is busy, so it arrives as soon as Teams accepts it.",
            NoticeKind.Success)));
    }
}
