using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsMockBot.Application.Sessions;

namespace TeamsMockBot.Application.Privacy;

/// <summary>Deletes sessions older than <see cref="PrivacyOptions.RetentionDays"/>, with everything that points at them.</summary>
public sealed partial class RetentionSweep(ISessionStore sessions, SessionDeletion deletion, IOptions<PrivacyOptions> options, TimeProvider time, ILogger<RetentionSweep> logger)
{
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        if (options.Value.RetentionDays == 0)
        {
            return 0;
        }

        var cutoff = time.GetUtcNow() - TimeSpan.FromDays(options.Value.RetentionDays);
        var deleted = 0;
        await foreach (var session in sessions.FindCreatedBeforeAsync(cutoff, cancellationToken).ConfigureAwait(false))
        {
            await deletion.DeleteAsync(session, cancellationToken).ConfigureAwait(false);
            deleted++;
        }

        if (deleted > 0)
        {
            LogDeleted(logger, deleted, options.Value.RetentionDays);
        }

        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: deleted {Count} session(s) older than {Days} days")]
    private static partial void LogDeleted(ILogger logger, int count, int days);
}
