using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Feedback;

/// <summary>
/// "Mark done" on a step of the feedback card's action plan: stored on the session, and the card
/// comes back with the step shown done. A second click on the same step (a double click, an old
/// card) changes nothing and shows the card as stored.
/// </summary>
public sealed class MarkActionStepDone(ISessionStore sessions, FeedbackReportView reports, TimeProvider time)
{
    public async Task<CardResult> HandleAsync(ChatTurn turn, CardData data, CancellationToken cancellationToken)
    {
        var sessionId = data.RequireSessionId();
        var number = data.Number(FeedbackInputs.Step) ?? throw new BadCardDataException("The button did not say which step it is for.");
        MockSession saved;
        try
        {
            saved = await sessions.UpdateAsync(sessionId, s => s.MarkStepDone(turn.Actor.Id, number, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        }
        catch (StaleActionException)
        {
            saved = await sessions.GetAsync(sessionId, cancellationToken).ConfigureAwait(false);
        }

        return new CardResult(reports.ForStudent(saved, await reports.PartnerAsync(saved, cancellationToken).ConfigureAwait(false)));
    }
}
