using System.Net;
using Azure.Identity;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using TeamsMockBot.Application.Scheduling;

namespace TeamsMockBot.Graph;

/// <summary>
/// The one mapping from what Graph (or the network) did to a <see cref="CalendarException"/> whose message a
/// card can show and whose <see cref="CalendarException.IsTransient"/> says whether trying again may work.
/// </summary>
internal static class GraphFailures
{
    /// <summary>The HTTP status of a Graph error, or null when the call did not get an answer.</summary>
    public static int? Status(Exception error) => error switch
    {
        ApiException api => api.ResponseStatusCode,
        AggregateException { InnerExceptions: [.., ApiException last] } => last.ResponseStatusCode,
        _ => null,
    };

    /// <summary>Graph's error code (<c>error.code</c>), e.g. <c>ErrorItemNotFound</c>; null when there is none.</summary>
    public static string? Code(Exception error) => (error as ODataError)?.Error?.Code;

    /// <summary>True for a call that got no answer: connection lost, refused, or the bounded timeout passed.</summary>
    public static bool IsLostAnswer(Exception error, CancellationToken callerToken) =>
        error is HttpRequestException or IOException || (error is OperationCanceledException && !callerToken.IsCancellationRequested);

    /// <summary><paramref name="doing"/> completes "Microsoft 365 could not …", e.g. "book the mock".</summary>
    public static CalendarException ToCalendarException(Exception error, string doing, CancellationToken callerToken)
    {
        if (IsLostAnswer(error, callerToken))
        {
            return new CalendarException($"Microsoft 365 did not answer in time, so the bot could not {doing}. Please try again in a minute.", isTransient: true, error);
        }

        if (error is AuthenticationFailedException or CredentialUnavailableException)
        {
            // No token: the managed identity endpoint or Entra ID refused or did not answer (see the log for which).
            return new CalendarException($"The bot could not sign in to Microsoft 365, so it could not {doing}. Please try again later; if it keeps happening, tell the career center.", isTransient: true, error);
        }

        return Status(error) switch
        {
            (int)HttpStatusCode.TooManyRequests or (int)HttpStatusCode.ServiceUnavailable or (int)HttpStatusCode.GatewayTimeout =>
                new CalendarException($"Microsoft 365 is busy right now, so the bot could not {doing}. Please try again in a few minutes.", isTransient: true, error),
            (int)HttpStatusCode.Unauthorized or (int)HttpStatusCode.Forbidden =>
                new CalendarException($"The bot is not allowed to {doing} here. Ask your Microsoft 365 admin to grant the permissions in docs/deploy.md (step 4).", isTransient: false, error),
            (int)HttpStatusCode.NotFound =>
                new CalendarException($"Microsoft 365 could not find that meeting or person, so the bot could not {doing}.", isTransient: false, error),
            >= 500 => new CalendarException($"Microsoft 365 had a problem, so the bot could not {doing}. Please try again in a few minutes.", isTransient: true, error),
            _ => new CalendarException($"Microsoft 365 refused to {doing}: {Describe(error)}", isTransient: false, error),
        };
    }

    private static string Describe(Exception error) =>
        error is ODataError { Error.Message: { Length: > 0 } message } ? message : "the request was not accepted.";
}
