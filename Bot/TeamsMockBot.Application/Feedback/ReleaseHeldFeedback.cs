using Microsoft.Extensions.Logging;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Feedback;

/// <summary>
/// One pass of the peer deadline sweep: for every peer mock whose double-blind deadline has passed,
/// the feedback that is in goes out. After the deadline nothing is held any more (a late submit is
/// delivered at once by its own turn), so each pair is looked at once and then forgotten.
/// </summary>
public sealed partial class ReleaseHeldFeedback(
    ISessionStore sessions, IHeldFeedback held, FeedbackDelivery delivery, TimeProvider time, ILogger<ReleaseHeldFeedback> logger)
{
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var released = 0;
        await foreach (var pairId in held.DueAsync(time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            try
            {
                var half = await sessions.FindAsync(pairId, cancellationToken).ConfigureAwait(false)
                    ?? await sessions.FindAsync(PeerHalf.SecondHalfIdOf(pairId), cancellationToken).ConfigureAwait(false);
                if (half is not null)
                {
                    await delivery.DeliverOrShowProgressAsync(half, cancellationToken).ConfigureAwait(false);
                    released++;
                    LogReleased(logger, pairId);
                }

                await held.ForgetAsync(pairId, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One broken pair must not hold up the others; its entry stays and is tried next pass.
                LogReleaseFailed(logger, e, pairId);
            }
        }

        return released;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Peer mock {PairId}: double-blind deadline passed, feedback released")]
    private static partial void LogReleased(ILogger logger, string pairId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not release the held feedback of peer mock {PairId}")]
    private static partial void LogReleaseFailed(ILogger logger, Exception exception, string pairId);
}
