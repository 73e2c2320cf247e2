using Microsoft.Extensions.Logging;
using TeamsMockBot.Application.Conversations;
using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Application.History;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Privacy;

/// <summary>
/// "delete my data": sessions the person took as a candidate are deleted with their feedback; in
/// sessions they ran, they are replaced by an anonymous interviewer and their notes removed; their
/// history, chat reference and export links go too, and the offline calendar invite of every session
/// they were in (it names them; for a session they ran, the candidate's .ics link then stops working,
/// the booking itself stays). Nothing with their id remains.
/// </summary>
public sealed partial class DeletePersonalData(
    ISessionStore sessions, SessionDeletion deletion, IHistoryStore histories, IConversationDirectory conversations, IExportLinkStore links,
    IOutbox outbox, IBookingInvites invites, ILogger<DeletePersonalData> logger)
{
    public static Participant FormerInterviewer { get; } = new("former-interviewer", "Former interviewer");

    public async Task<AdaptiveCard> ConfirmAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        PersonalChatOnly.Require(turn, "For your privacy, ask me that in our personal chat, not here.");
        var about = await sessions.FindByPersonAsync(turn.Actor.Id, cancellationToken).ConfigureAwait(false);
        return DeleteDataCard.Build(new DeleteDataCardModel(
            turn.Actor.Name, about.Count(s => s.IsCandidate(turn.Actor.Id)), about.Count(s => !s.IsCandidate(turn.Actor.Id))));
    }

    public async Task<CardResult> DeleteAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        PersonalChatOnly.Require(turn, "For your privacy, delete your data from our personal chat.");
        var personId = turn.Actor.Id;
        var about = await sessions.FindByPersonAsync(personId, cancellationToken).ConfigureAwait(false);
        foreach (var session in about)
        {
            if (session.IsCandidate(personId))
            {
                await deletion.DeleteAsync(session, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await sessions.UpdateAsync(session.Id, s => s.ForgetAttendee(personId, FormerInterviewer).ForgetInterviewer(FormerInterviewer), cancellationToken).ConfigureAwait(false);
                await histories.RemoveAsync(personId, session.Id, cancellationToken).ConfigureAwait(false);
                if (session.Booking is { } booking)
                {
                    await invites.ForgetAsync(booking.EventId, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        await histories.DeleteAsync(personId, cancellationToken).ConfigureAwait(false);
        await conversations.ForgetPersonalChatAsync(personId, cancellationToken).ConfigureAwait(false);
        await links.DeleteForPersonAsync(personId, cancellationToken).ConfigureAwait(false);
        await outbox.ForgetPersonAsync(personId, cancellationToken).ConfigureAwait(false);
        LogDeleted(logger, about.Count);

        return new CardResult(NoticeCard.Build(new NoticeCardModel(
            "Your data is deleted",
            "Everything stored about you is gone. If you start a new mock interview, I'll keep only what that session needs.",
            NoticeKind.Success)));
    }


    // The person's id is deliberately not logged: the log must not keep what the store just forgot.
    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted a person's data: {SessionCount} session(s) deleted or anonymized")]
    private static partial void LogDeleted(ILogger logger, int sessionCount);
}
