using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Logging;
using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Observability;

namespace TeamsMockBot.Teams;

/// <summary>
/// The CloudAdapter with our last-resort error handler. Use cases' own errors are turned into
/// friendly cards by <see cref="MockInterviewBot"/>; anything that escapes reaches here, is logged
/// with the activity id, and the person gets an apology rather than silence.
/// </summary>
public sealed partial class TeamsAdapter : CloudAdapter
{
    public TeamsAdapter(BotFrameworkAuthentication authentication, ILogger<TeamsAdapter> logger)
        : base(authentication, logger)
    {
        OnTurnError = async (turnContext, exception) =>
        {
            // The bot's own turn scope has closed by now (the exception left it), so this line opens the same one.
            using var scope = logger.BeginScope(new TurnLogScope(turnContext.Activity.Id, turnContext.Activity.Conversation?.Id, TurnNames.SessionIdOf(turnContext.Activity)));
            LogUnhandled(logger, exception, turnContext.Activity.Id, turnContext.Activity.Type);
            if (turnContext.Activity.Type == Microsoft.Bot.Schema.ActivityTypes.Message)
            {
                var card = NoticeCard.Build(new NoticeCardModel("Sorry, something went wrong", "Please try again in a moment.", NoticeKind.Error));
                await turnContext.SendActivityAsync(CardAttachments.ToMessage(card)).ConfigureAwait(false);
            }
        };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error in turn for activity {ActivityId} ({ActivityType})")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string? activityId, string? activityType);
}
