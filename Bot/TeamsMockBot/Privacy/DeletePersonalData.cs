using Microsoft.Extensions.Logging;
using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Domain.Storage;
using TeamsMockBot.Storage;
using TeamsMockBot.UseCases;

namespace TeamsMockBot.Privacy;

/// <summary>
/// "delete my data": sessions the person took as a candidate are deleted with their feedback; in
/// sessions they ran, they are replaced by an anonymous interviewer and their notes removed; their
/// history, chat reference and export links go too. Nothing with their id remains.
/// </summary>
public sealed partial class DeletePersonalData(
    SessionScan scan, SessionRepository sessions, SessionDeletion deletion, HistoryBook histories, IDocumentStore store,
    ILogger<DeletePersonalData> logger)
{
    public static Participant FormerInterviewer { get; } = new("former-interviewer", "Former interviewer");

    public async Task<AdaptiveCard> ConfirmAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        var about = await scan.AboutAsync(turn.Actor.Id, cancellationToken).ConfigureAwait(false);
        return DeleteDataCard.Build(new DeleteDataCardModel(
            turn.Actor.Name, about.Count(s => s.IsCandidate(turn.Actor.Id)), about.Count(s => !s.IsCandidate(turn.Actor.Id))));
    }

    public async Task<CardResult> DeleteAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        var personId = turn.Actor.Id;
        var about = await scan.AboutAsync(personId, cancellationToken).ConfigureAwait(false);
        foreach (var session in about)
        {
            if (session.IsCandidate(personId))
            {
                await deletion.DeleteAsync(session, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await sessions.UpdateAsync(session.Id, s => s.ForgetInterviewer(FormerInterviewer), cancellationToken).ConfigureAwait(false);
                await histories.RemoveAsync(personId, session.Id, cancellationToken).ConfigureAwait(false);
            }
        }

        await histories.DeleteAsync(personId, cancellationToken).ConfigureAwait(false);
        await store.DeleteAsync(DocumentKeys.PersonalChat(personId), etag: null, cancellationToken).ConfigureAwait(false);
        await DeleteExportLinksAsync(personId, cancellationToken).ConfigureAwait(false);
        LogDeleted(logger, about.Count);

        return new CardResult(NoticeCard.Build(new NoticeCardModel(
            "Your data is deleted",
            "Everything stored about you is gone. If you start a new mock interview, I'll keep only what that session needs.",
            NoticeKind.Success)));
    }

    private async Task DeleteExportLinksAsync(string personId, CancellationToken cancellationToken)
    {
        await foreach (var key in store.ListKeysAsync(DocumentKeys.DataExportsPrefix, cancellationToken).ConfigureAwait(false))
        {
            var link = await store.ReadAsync<DataExportLink>(key, cancellationToken).ConfigureAwait(false);
            if (link?.Value.PersonId == personId)
            {
                await store.DeleteAsync(key, etag: null, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // The person's id is deliberately not logged: the log must not keep what the store just forgot.
    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted a person's data: {SessionCount} session(s) deleted or anonymized")]
    private static partial void LogDeleted(ILogger logger, int sessionCount);
}
