using TeamsMockBot.Application.Conversations;
using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Application.History;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Application.Timing;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Privacy;

/// <summary>Removes a session and everything that points at it: history lines, timer, card location, waiting messages, its offline calendar invite.</summary>
public sealed class SessionDeletion(ISessionStore sessions, IHistoryStore histories, ITimerScheduler timers, IConversationDirectory conversations, IOutbox outbox, IBookingInvites invites)
{
    public async Task DeleteAsync(MockSession session, CancellationToken cancellationToken)
    {
        await histories.RemoveAsync(session.Candidate.Id, session.Id, cancellationToken).ConfigureAwait(false);
        await histories.RemoveAsync(session.Interviewer.Id, session.Id, cancellationToken).ConfigureAwait(false);
        await timers.ForgetAsync(session.Id, cancellationToken).ConfigureAwait(false);
        await conversations.ForgetSessionCardAsync(session.Id, cancellationToken).ConfigureAwait(false);
        await outbox.ForgetSessionAsync(session.Id, cancellationToken).ConfigureAwait(false);
        if (session.Booking is { } booking)
        {
            await invites.ForgetAsync(booking.EventId, cancellationToken).ConfigureAwait(false);
        }

        await sessions.DeleteAsync(session, cancellationToken).ConfigureAwait(false);
    }
}
