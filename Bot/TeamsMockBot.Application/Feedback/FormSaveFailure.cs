using Microsoft.Extensions.Logging;
using TeamsMockBot.Application.Persistence;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Cards.Model;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Feedback;

/// <summary>
/// When a form's save fails (storage down or throttled after the SDK's retries, a record grown too
/// large, or a race lost too often), the form is shown again with everything typed and a message
/// at the top: answering with a notice card would replace the form and lose the person's words.
/// </summary>
public static partial class FormSaveFailure
{
    /// <summary>The error key; not a field, so the form shows it in its summary at the top.</summary>
    public const string Key = "save";

    public static bool IsSaveFailure(Exception exception) =>
        exception is StorageUnavailableException or DocumentTooLargeException or DocumentConflictException;

    public static IReadOnlyDictionary<string, string> Errors(Exception exception) => new Dictionary<string, string>
    {
        [Key] = exception is DocumentTooLargeException
            ? "This is too long to save. Please shorten your comments; everything you typed is still here."
            : "I couldn't save this just now, but your answers are kept below. Please submit again in a moment.",
    };

    /// <summary>
    /// Saves a submitted form's change to the session; when the save fails, the form comes back
    /// (<paramref name="reshow"/>) with everything typed and the reason at the top, and is logged.
    /// </summary>
    public static async Task<(MockSession? Saved, CardResult? Reshown)> SaveAsync(
        ISessionStore sessions, string sessionId, Func<MockSession, MockSession> change,
        Func<IReadOnlyDictionary<string, string>, AdaptiveCard> reshow, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            return (await sessions.UpdateAsync(sessionId, change, cancellationToken).ConfigureAwait(false), null);
        }
        catch (Exception e) when (IsSaveFailure(e))
        {
            Log(logger, e, sessionId);
            return (null, new CardResult(reshow(Errors(e))));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not save a form for session {SessionId}; the form was shown again with its inputs")]
    public static partial void Log(ILogger logger, Exception exception, string sessionId);
}
