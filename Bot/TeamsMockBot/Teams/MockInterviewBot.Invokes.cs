using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;

namespace TeamsMockBot.Teams;

public sealed partial class MockInterviewBot
{
    /// <summary>
    /// An invoke this app does not have (no name, or a name it never registered) is the caller's
    /// mistake: Bot Framework answers those 501 Not Implemented, a server error; it gets 400 and a log line instead.
    /// </summary>
    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var response = await base.OnInvokeActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (response?.Status != (int)HttpStatusCode.NotImplemented)
        {
            return response!;
        }

        LogUnknownInvoke(logger, Application.Routing.RouteTable.Truncate(turnContext.Activity.Name ?? "(none)"), turnContext.Activity.Id);
        return new InvokeResponse { Status = (int)HttpStatusCode.BadRequest };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an invoke this app does not have: {InvokeName} (activity {ActivityId})")]
    private static partial void LogUnknownInvoke(ILogger logger, string invokeName, string? activityId);
}
