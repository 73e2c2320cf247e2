using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Scheduling;

/// <summary>
/// "Back to my prep card" on the quiz result opened from a prep card: the prep card again, as it is
/// now. Only for the booked candidate; a cancelled or unbooked session says so.
/// </summary>
public sealed class ShowPrep(ISessionStore sessions, PrepCards prepCards)
{
    public async Task<CardResult> HandleAsync(ChatTurn turn, CardData data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(data);
        var session = await sessions.GetAsync(data.RequireSessionId(), cancellationToken).ConfigureAwait(false);
        if (!session.IsCandidate(turn.Actor.Id))
        {
            throw new SessionRuleException("Only the candidate of this mock has its prep card.");
        }

        if (session.Booking is not { IsCancelled: false })
        {
            return new CardResult(NoticeCard.Build(new NoticeCardModel(
                "No prep card for this mock", "This mock is not booked any more. Type schedule a mock to book another.", NoticeKind.Info)));
        }

        return new CardResult(await prepCards.BuildAsync(session, cancellationToken).ConfigureAwait(false));
    }
}
