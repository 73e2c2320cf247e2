using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;
using TeamsMockBot.Cards.Model;
using TeamsMockBot.Observability;
using TeamsMockBot.UseCases;

namespace TeamsMockBot.Teams;

/// <summary>
/// The message-extension action "Start a mock interview" (manifest command <c>startMock</c>): a
/// dialog with the setup card, whose submit posts that setup card into the chat. The person then
/// clicks Create on the posted card, so there is one way to create a session, and its id still
/// comes from the clicked card's message (a double click finds the same session).
/// </summary>
public sealed partial class MockInterviewBot
{
    public const string StartMockCommand = "startMock";

    private const string DialogTitle = "Start a mock interview";

    protected override async Task<MessagingExtensionActionResponse> OnTeamsMessagingExtensionFetchTaskAsync(
        ITurnContext<IInvokeActivity> turnContext, MessagingExtensionAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (action?.CommandId != StartMockCommand)
        {
            return UnknownCommand(action?.CommandId);
        }

        try
        {
            var turn = await TurnWithMembersAsync(turnContext, cancellationToken).ConfigureAwait(false);
            return Dialog(ForDialog(ShowSetup.Handle(turn)));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return DialogFailed(turnContext, e);
        }
    }

    protected override async Task<MessagingExtensionActionResponse> OnTeamsMessagingExtensionSubmitActionAsync(
        ITurnContext<IInvokeActivity> turnContext, MessagingExtensionAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (action?.CommandId != StartMockCommand)
        {
            return UnknownCommand(action?.CommandId);
        }

        try
        {
            var turn = await TurnWithMembersAsync(turnContext, cancellationToken).ConfigureAwait(false);
            var setup = ShowSetup.Handle(turn, new CardData(CardAttachments.ReadData(action.Data)));
            await turnContext.SendActivityAsync(CardAttachments.ToMessage(setup), cancellationToken).ConfigureAwait(false);
            return new MessagingExtensionActionResponse(); // empty: Teams closes the dialog
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return DialogFailed(turnContext, e);
        }
    }

    /// <summary>
    /// The setup card as a dialog. Its Create button is an <c>Action.Execute</c>, which in a dialog
    /// would not submit the dialog (and would create a session with no chat message to anchor it);
    /// an <c>Action.Submit</c> sends the inputs back as <c>composeExtension/submitAction</c> instead.
    /// </summary>
    private static Attachment ForDialog(AdaptiveCard card)
    {
        var json = JObject.Parse(card.ToJson());
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

    private static MessagingExtensionActionResponse Message(string text) => new() { Task = new TaskModuleMessageResponse(text) };

    private MessagingExtensionActionResponse UnknownCommand(string? commandId)
    {
        LogUnknownCommand(logger, Truncate(commandId ?? string.Empty));
        return Message($"This app has no command '{Truncate(commandId ?? string.Empty)}'. Use \"{DialogTitle}\" from the message extension menu, or mention the bot with 'mock'.");
    }

    private MessagingExtensionActionResponse DialogFailed(ITurnContext turnContext, Exception e)
    {
        LogTurnFailed(logger, e, turnContext.Activity.Id, null, TurnErrors.IsExpected(e) ? "expected" : "unexpected");
        turnContext.TurnState.Get<TurnTelemetry>()?.Fail(e, TurnErrors.IsExpected(e));

        // The roster (and a post into the chat) is refused when the bot is not a member of the chat yet.
        if (e is ErrorResponseException { Response.StatusCode: HttpStatusCode.Forbidden or HttpStatusCode.NotFound })
        {
            return Message("Add the Mock Interviews app to this chat first, then start the mock interview again.");
        }

        return Dialog(CardAttachments.ToAttachment(TurnErrors.ToCard(e, null)));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unknown message-extension command {CommandId}")]
    private static partial void LogUnknownCommand(ILogger logger, string commandId);
}
