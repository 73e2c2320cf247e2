using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Logging;
using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Meeting;
using TeamsMockBot.Observability;
using TeamsMockBot.Privacy;
using TeamsMockBot.UseCases;

namespace TeamsMockBot.Teams;

/// <summary>
/// Translates Teams activities into use-case calls and their results back into messages and
/// invoke responses. Card actions are routed by verb only.
/// </summary>
public sealed partial class MockInterviewBot(IServiceProvider services, ConversationBook conversations, ILogger<MockInterviewBot> logger)
    : TeamsActivityHandler
{
    /// <summary>
    /// Wraps every turn in one log scope and span (<see cref="TurnTelemetry"/>), so each log line of
    /// the turn carries the activity, conversation and session ids, and counts it by kind, name and outcome.
    /// </summary>
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var name = activity.Type == ActivityTypes.Message ? BotCommands.Parse(CommandText(activity.AsMessageActivity())).ToString().ToLowerInvariant() : TurnNames.NameOf(activity);
        using var telemetry = new TurnTelemetry(Use<BotMetrics>(), logger, TurnNames.KindOf(activity), name, activity.Id, activity.Conversation?.Id, TurnNames.SessionIdOf(activity));
        turnContext.TurnState.Set(telemetry);
        try
        {
            await base.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            telemetry.Fail(e, expected: false); // escapes to the adapter's OnTurnError
            throw;
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        await RememberPersonalChatAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var command = BotCommands.Parse(CommandText(turnContext.Activity));
        LogCommand(logger, command.ToString(), turnContext.Activity.Id, turnContext.Activity.Conversation?.Id);
        try
        {
            if (command is BotCommand.ExportData or BotCommand.DeleteData && KindOf(turnContext.Activity) != ChatKind.Personal)
            {
                throw new SessionRuleException("For your privacy, ask me that in our personal chat, not here.");
            }

            var card = command switch
            {
                BotCommand.Mock => ShowSetup.Handle(await TurnWithMembersAsync(turnContext, cancellationToken).ConfigureAwait(false)),
                BotCommand.History => await HistoryAsync(turnContext, cancellationToken).ConfigureAwait(false),
                BotCommand.ExportData => await Use<ExportPersonalData>().HandleAsync(Turn(turnContext), cancellationToken).ConfigureAwait(false),
                BotCommand.DeleteData => await Use<DeletePersonalData>().ConfirmAsync(Turn(turnContext), cancellationToken).ConfigureAwait(false),
                _ => HelpCard.Build(new HelpCardModel(IsWelcome: false, turnContext.Activity.From?.Name)),
            };
            await turnContext.SendActivityAsync(CardAttachments.ToMessage(card), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogTurnFailed(logger, e, turnContext.Activity.Id, null, TurnErrors.IsExpected(e) ? "expected" : "unexpected");
            turnContext.TurnState.Get<TurnTelemetry>()?.Fail(e, TurnErrors.IsExpected(e));
            await turnContext.SendActivityAsync(CardAttachments.ToMessage(TurnErrors.ToCard(e, null)), cancellationToken).ConfigureAwait(false);
        }
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // Welcome once: when the bot itself joins a chat or team, or a person installs it personally.
        var botAdded = membersAdded.Any(m => m.Id == turnContext.Activity.Recipient?.Id);
        var personal = turnContext.Activity.Conversation?.ConversationType == "personal";
        if (botAdded || personal)
        {
            var name = personal ? membersAdded.FirstOrDefault(m => m.Id != turnContext.Activity.Recipient?.Id)?.Name : null;
            await turnContext.SendActivityAsync(CardAttachments.ToMessage(HelpCard.Build(new HelpCardModel(IsWelcome: true, name))), cancellationToken).ConfigureAwait(false);
        }
    }

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
        ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        var verb = invokeValue.Action?.Verb ?? string.Empty;
        var data = new CardData(CardAttachments.ReadData(invokeValue.Action?.Data));
        var sessionId = data.Text(CardInputs.SessionId);
        LogAction(logger, verb, sessionId, turnContext.Activity.Id, turnContext.Activity.Conversation?.Id);
        try
        {
            var result = await RouteAsync(turnContext, verb, data, cancellationToken).ConfigureAwait(false);
            if (result.ForEveryone is { } shared && turnContext.Activity.ReplyToId is { Length: > 0 } messageId)
            {
                var update = CardAttachments.ToMessage(shared);
                update.Id = messageId;
                await turnContext.UpdateActivityAsync(update, cancellationToken).ConfigureAwait(false);
            }

            return CardAttachments.ToInvokeResponse(result.ForActor);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogTurnFailed(logger, e, turnContext.Activity.Id, sessionId, TurnErrors.IsExpected(e) ? "expected" : "unexpected");
            turnContext.TurnState.Get<TurnTelemetry>()?.Fail(e, TurnErrors.IsExpected(e));
            return CardAttachments.ToInvokeResponse(TurnErrors.ToCard(e, sessionId));
        }
    }

    private async Task<CardResult> RouteAsync(ITurnContext<IInvokeActivity> turnContext, string verb, CardData data, CancellationToken cancellationToken)
    {
        if (ControlInterview.Verbs.Contains(verb))
        {
            return await Use<ControlInterview>().HandleAsync(Turn(turnContext), verb, data, cancellationToken).ConfigureAwait(false);
        }

        switch (verb)
        {
            case CardVerbs.ShowSetup:
                return new CardResult(ShowSetup.Handle(await TurnWithMembersAsync(turnContext, cancellationToken).ConfigureAwait(false)));
            case CardVerbs.CreateSession:
                return await CreateSessionAsync(turnContext, data, cancellationToken).ConfigureAwait(false);
            case CardVerbs.SubmitFeedback:
                return await Use<SubmitFeedback>().HandleAsync(Turn(turnContext), data, cancellationToken).ConfigureAwait(false);
            case CardVerbs.SubmitSelfAssessment:
                return await Use<SubmitSelfAssessment>().HandleAsync(Turn(turnContext), data, cancellationToken).ConfigureAwait(false);
            case CardVerbs.EditFeedback:
                return await Use<EditFeedback>().HandleAsync(Turn(turnContext), data, cancellationToken).ConfigureAwait(false);
            case CardVerbs.ReleaseFeedback:
                return await Use<ReleaseFeedback>().HandleAsync(Turn(turnContext), data, cancellationToken).ConfigureAwait(false);
            case CardVerbs.ConfirmDeleteData when KindOf(turnContext.Activity) != ChatKind.Personal:
                throw new SessionRuleException("For your privacy, delete your data from our personal chat.");
            case CardVerbs.ConfirmDeleteData:
                return await Use<DeletePersonalData>().DeleteAsync(Turn(turnContext), cancellationToken).ConfigureAwait(false);
            case CardVerbs.ShowHistory:
                return new CardResult(await Use<ShowHistory>().HandleAsync(Turn(turnContext), cancellationToken).ConfigureAwait(false));
            default:
                throw new BadCardDataException($"I don't know the button '{Truncate(verb)}'.");
        }
    }

    private async Task<CardResult> CreateSessionAsync(ITurnContext<IInvokeActivity> turnContext, CardData data, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        // The clicked setup card identifies the request: a double click or retry maps to the same session.
        var idempotencyKey = $"{activity.Conversation?.Id}|{activity.ReplyToId ?? activity.Id}";
        var turn = await TurnWithMembersAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var result = await Use<CreateSession>().HandleAsync(turn, data, idempotencyKey, cancellationToken).ConfigureAwait(false);
        if (result.ForEveryone is not null && activity.ReplyToId is { Length: > 0 } messageId)
        {
            // The setup card's message becomes the session's shared card; remember it for timer updates.
            await conversations.SaveSessionCardAsync(CreateSession.SessionIdFor(idempotencyKey), activity.GetConversationReference(), messageId, cancellationToken).ConfigureAwait(false);
        }

        if (result.ForEveryone is not null && KindOf(activity) != ChatKind.Personal && activity.Conversation?.Id is { Length: > 0 } chatId)
        {
            // The meeting side panel knows its chat, not the session: point the chat at its newest session.
            await Use<ChatSessions>().RememberAsync(chatId, CreateSession.SessionIdFor(idempotencyKey), cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    /// <summary>
    /// <c>history</c> shows your own sessions; <c>history @student</c> is for career-center staff
    /// and is answered in the staff member's personal chat, never in the shared one.
    /// </summary>
    private async Task<Cards.Model.AdaptiveCard> HistoryAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var turn = Turn(turnContext);
        var activity = ((ITurnContext)turnContext).Activity;
        var student = MentionedPeople(activity).FirstOrDefault(p => p.Id != turn.Actor.Id);
        if (student is null)
        {
            return await Use<ShowHistory>().HandleAsync(turn, cancellationToken).ConfigureAwait(false);
        }

        if (!Use<StaffDirectory>().IsStaff(turn))
        {
            throw new SessionRuleException("Only career-center staff can see someone else's history. Type **history** for your own.");
        }

        var card = await Use<ShowHistory>().HandleAsync(student, cancellationToken).ConfigureAwait(false);
        if (turn.Kind == ChatKind.Personal)
        {
            return card;
        }

        await Use<TeamsMessenger>().SendPrivatelyAsync(turn.Actor.Id, activity.GetConversationReference(), card, cancellationToken).ConfigureAwait(false);
        return NoticeCard.Build(new NoticeCardModel("Sent to you privately", $"{student.Name}'s history is in our personal chat.", NoticeKind.Info));
    }

    private T Use<T>() where T : notnull => services.GetRequiredService<T>();

    private static ChatTurn Turn(ITurnContext turnContext) =>
        ChatTurn.Of(Actor(turnContext.Activity), KindOf(turnContext.Activity)) with { DirectoryId = turnContext.Activity.From?.AadObjectId };

    private static async Task<ChatTurn> TurnWithMembersAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var members = new List<Participant>();
        if (activity.Conversation?.ConversationType != "personal")
        {
            string? continuation = null;
            do
            {
                var page = await TeamsInfo.GetPagedMembersAsync(turnContext, 100, continuation, cancellationToken).ConfigureAwait(false);
                members.AddRange(page.Members.Select(m => new Participant(m.Id, m.Name ?? m.GivenName ?? "Someone")));
                continuation = page.ContinuationToken;
            }
            while (!string.IsNullOrEmpty(continuation) && members.Count < 500);
        }

        return new ChatTurn(Actor(activity), KindOf(activity), members, MentionedPeople(activity));
    }

    /// <summary>The people @mentioned in the activity, other than the bot itself.</summary>
    private static List<Participant> MentionedPeople(Activity activity) =>
        activity.GetMentions()
            .Where(m => m.Mentioned is not null && m.Mentioned.Id != activity.Recipient?.Id)
            .Select(m => new Participant(m.Mentioned.Id, m.Mentioned.Name ?? "Someone"))
            .ToList();

    private static Participant Actor(IActivity activity) =>
        new(activity.From?.Id ?? throw new BadCardDataException("The message did not say who sent it."), activity.From.Name ?? "Someone");

    private static ChatKind KindOf(IActivity activity) => activity.Conversation?.ConversationType switch
    {
        "personal" => ChatKind.Personal,
        "channel" => ChatKind.Channel,
        _ when activity.Conversation?.Id?.Contains("meeting_", StringComparison.Ordinal) == true => ChatKind.Meeting,
        _ => ChatKind.Group,
    };

    private async Task RememberPersonalChatAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Conversation?.ConversationType == "personal" && turnContext.Activity.From?.Id is { } personId)
        {
            await conversations.SavePersonalChatAsync(personId, turnContext.Activity.GetConversationReference(), cancellationToken).ConfigureAwait(false);
        }
    }

    private static string CommandText(IMessageActivity activity)
    {
        // Card submits in old clients arrive as messages with no text; treat them as "help".
        var text = activity.Text ?? string.Empty;
        return AtMention().Replace(text, " ").Trim();
    }

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase)]
    private static partial Regex AtMention();

    [LoggerMessage(Level = LogLevel.Information, Message = "Command {Command} (activity {ActivityId}, conversation {ConversationId})")]
    private static partial void LogCommand(ILogger logger, string command, string? activityId, string? conversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Card action {Verb} on session {SessionId} (activity {ActivityId}, conversation {ConversationId})")]
    private static partial void LogAction(ILogger logger, string verb, string? sessionId, string? activityId, string? conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Turn failed ({Kind}) for activity {ActivityId}, session {SessionId}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? activityId, string? sessionId, string kind);
}
