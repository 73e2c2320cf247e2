using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;
using TeamsMockBot.Application.Routing;
using TeamsMockBot.Application.Turns;
using TeamsMockBot.Cards.Model;
using Route = TeamsMockBot.Application.Routing.Route;

namespace TeamsMockBot.Teams;

/// <summary>
/// The message-extension action "Start a mock interview" (manifest command <c>startMock</c>): a
/// dialog with the setup card, whose submit posts that setup card into the chat. The person then
/// clicks Create on the posted card, so there is one way to create a session, and its id still
/// comes from the clicked card's message (a double click finds the same session).
/// </summary>
public sealed partial class MockInterviewBot
{
    private const string DialogTitle = "Start a mock interview";

    protected override async Task<MessagingExtensionActionResponse> OnTeamsMessagingExtensionFetchTaskAsync(
        ITurnContext<IInvokeActivity> turnContext, MessagingExtensionAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (routes.ForExtensionFetch(action?.CommandId ?? string.Empty) is not { } route)
        {
            return UnknownCommand(action?.CommandId);
        }

        var result = await RunAsync(turnContext, route, CardData.Empty, cancellationToken).ConfigureAwait(false);
        return Dialog(IsSetupCard(result.ForActor) ? ForDialog(result.ForActor) : CardAttachments.ToAttachment(result.ForActor));
    }

    protected override async Task<MessagingExtensionActionResponse> OnTeamsMessagingExtensionSubmitActionAsync(
        ITurnContext<IInvokeActivity> turnContext, MessagingExtensionAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (routes.ForExtensionSubmit(action?.CommandId ?? string.Empty) is not { } route)
        {
            return UnknownCommand(action?.CommandId);
        }

        var result = await RunAsync(turnContext, route, new CardData(CardAttachments.ReadData(action!.Data)), cancellationToken).ConfigureAwait(false);
        if (!IsSetupCard(result.ForActor))
        {
            return Dialog(CardAttachments.ToAttachment(result.ForActor)); // the friendly error, in the dialog
        }

        await turnContext.SendActivityAsync(CardAttachments.ToMessage(result.ForActor), cancellationToken).ConfigureAwait(false);
        return new MessagingExtensionActionResponse(); // empty: Teams closes the dialog
    }

    /// <summary>The setup card is the one with a Create button; anything else is an error notice.</summary>
    private static bool IsSetupCard(AdaptiveCard card) =>
        (card.Actions ?? []).OfType<ExecuteAction>().Any(a => a.Verb == Cards.CardVerbs.CreateSession);

    /// <summary>
    /// The setup card as a dialog. Its Create button is an <c>Action.Execute</c>, which in a dialog
    /// would not submit the dialog (and would create a session with no chat message to anchor it);
    /// an <c>Action.Submit</c> sends the inputs back as <c>composeExtension/submitAction</c> instead.
    /// </summary>
    private static Attachment ForDialog(AdaptiveCard card)
    {
        var json = JObject.Parse(card.ToJson());
        // Only Create posts the card from a dialog; the setup card's other buttons (Schedule) work once it is in the chat.
        foreach (var other in json["actions"]?.OfType<JObject>().Where(b => (string?)b["verb"] is { } verb && verb != Cards.CardVerbs.CreateSession).ToList() ?? [])
        {
            other.Remove();
        }

        foreach (var button in json["actions"]?.OfType<JObject>() ?? [])
        {
            if ((string?)button["type"] == "Action.Execute")
            {
                button["type"] = "Action.Submit";
                button["title"] = "Post to chat";
                button.Remove("verb");
            }
        }

        return new Attachment { ContentType = CardAttachments.AdaptiveCardContentType, Content = json };
    }

    private static MessagingExtensionActionResponse Dialog(Attachment card) => new()
    {
        Task = new TaskModuleContinueResponse(new TaskModuleTaskInfo { Title = DialogTitle, Card = card, Width = "medium", Height = "large" }),
    };

    private MessagingExtensionActionResponse UnknownCommand(string? commandId)
    {
        var shown = RouteTable.Truncate(commandId ?? string.Empty);
        LogUnknownCommand(logger, shown);
        return new() { Task = new TaskModuleMessageResponse($"This app has no command '{shown}'. Use \"{DialogTitle}\" from the message extension menu, or mention the bot with 'mock'.") };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unknown message-extension command {CommandId}")]
    private static partial void LogUnknownCommand(ILogger logger, string commandId);
}
