using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Logging;
using TeamsMockBot.Application.Conversations;
using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Application.Routing;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Application.Turns;
using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Observability;
using Route = TeamsMockBot.Application.Routing.Route;

namespace TeamsMockBot.Teams;

/// <summary>
/// Translation only: a Teams activity becomes a <see cref="ChatTurn"/> and <see cref="CardData"/>,
/// the <see cref="RouteTable"/> says which handler runs, and its <see cref="CardResult"/> becomes a
/// message or an invoke response. Every failure takes the one path in <see cref="RunAsync"/>.
/// </summary>
public sealed partial class MockInterviewBot(
    RouteTable routes, IConversationDirectory conversations, BotMetrics metrics, TimeProvider time, OutboundDelivery delivery, SessionTenancy tenancy, ILogger<MockInterviewBot> logger)
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
        var name = activity.Type != ActivityTypes.Message ? TurnNames.NameOf(activity)
            : FileAttachments.HasFile(activity) ? "file"
            : BotCommands.Parse(CommandText(activity.AsMessageActivity())).ToString().ToLowerInvariant();
        using var telemetry = new TurnTelemetry(metrics, logger, TurnNames.KindOf(activity), name, activity.Id, activity.Conversation?.Id, TurnNames.SessionIdOf(activity));
        turnContext.TurnState.Set(telemetry);

        // A card click is answered in its invoke response, which nothing may hold back: Teams calls made
        // during it never wait for the rate limiter or a Retry-After (what is throttled waits in the outbox).
        using var mode = activity.Type == ActivityTypes.Invoke ? TeamsCallMode.WithoutWaiting() : default;
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
        if (turnContext.Activity.Conversation?.ConversationType == "personal" && turnContext.Activity.From?.Id is { } personId)
        {
            await conversations.RememberPersonalChatAsync(personId, ChatAddresses.OfPersonalChat(turnContext.Activity), cancellationToken).ConfigureAwait(false);
        }

        // A file (a transcript sent in the personal chat) goes to its own route, whatever text came with it.
        if (FileAttachments.Read(turnContext.Activity) is { } file)
        {
            LogCommand(logger, "file", turnContext.Activity.Id, turnContext.Activity.Conversation?.Id);
            var analysed = await RunAsync(turnContext, routes.ForSharedFile, file, cancellationToken).ConfigureAwait(false);
            await turnContext.SendActivityAsync(CardAttachments.ToMessage(analysed.ForActor), cancellationToken).ConfigureAwait(false);
            return;
        }

        var command = BotCommands.Parse(CommandText(turnContext.Activity));
        LogCommand(logger, command.ToString(), turnContext.Activity.Id, turnContext.Activity.Conversation?.Id);
        var result = await RunAsync(turnContext, routes.ForCommand(command), CardData.Empty, cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(CardAttachments.ToMessage(result.ForActor), cancellationToken).ConfigureAwait(false);
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
        LogAction(logger, RouteTable.Truncate(verb), data.Text(CardInputs.SessionId), turnContext.Activity.Id, turnContext.Activity.Conversation?.Id);
        var result = await RunAsync(turnContext, routes.ForVerb(verb), data, cancellationToken).ConfigureAwait(false);
        if (result.ForEveryone is { } shared && (result.SessionId ?? data.Text(CardInputs.SessionId)) is { Length: > 0 } sessionId)
        {
            await ShareAsync(sessionId, shared, turnContext.Activity.Id, cancellationToken).ConfigureAwait(false);
        }

        return CardAttachments.ToInvokeResponse(result.ForActor);
    }

    /// <summary>
    /// Everyone's card (the clicked message) is updated through durable delivery, like a timer milestone:
    /// recorded under the session's one card key, then sent now if Teams' limits allow. One key means
    /// the latest content wins (a burst of clicks coalesces into the last state) and an older update can
    /// never land after a newer one; a throttled update waits in the outbox and arrives later. Saved
    /// already, the click is answered even if the store refuses the record.
    /// </summary>
    private async Task ShareAsync(string sessionId, Cards.Model.AdaptiveCard shared, string? activityId, CancellationToken cancellationToken)
    {
        try
        {
            await delivery.SendAsync([OutboundMessage.SessionCard(sessionId, shared)], cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogShareFailed(logger, e, sessionId, activityId);
        }
    }

    /// <summary>
    /// Builds the turn the route asks for and runs its handler. The one failure path: the error is
    /// logged with the activity id, counted, and the person gets a friendly card instead.
    /// </summary>
    private async Task<CardResult> RunAsync(ITurnContext turnContext, Route route, CardData data, CancellationToken cancellationToken)
    {
        try
        {
            var turn = await TurnAsync(turnContext, route.NeedsMembers, cancellationToken).ConfigureAwait(false);
            await tenancy.EnsureUsableAsync(turn, data.Text(CardInputs.SessionId), cancellationToken).ConfigureAwait(false);
            return await route.HandleAsync(turn, data, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var sessionId = data.Text(CardInputs.SessionId);
            var expected = TurnErrors.IsExpected(e);
            LogTurnFailed(logger, e, expected ? "expected" : "unexpected", turnContext.Activity.Id, sessionId, route.Name);
            turnContext.TurnState.Get<TurnTelemetry>()?.Fail(e, expected);
            return new CardResult(TurnErrors.ToCard(e, sessionId));
        }
    }

    private static async Task<ChatTurn> TurnAsync(ITurnContext turnContext, bool withMembers, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var members = new List<Participant>();
        if (withMembers && activity.Conversation?.ConversationType != "personal")
        {
            string? continuation = null;
            do
            {
                var page = await TeamsInfo.GetPagedMembersAsync(turnContext, 100, continuation, cancellationToken).ConfigureAwait(false);
                members.AddRange(page.Members.Select(m => new Participant(m.Id, m.Name ?? m.GivenName ?? "Someone") { DirectoryId = m.AadObjectId }));
                continuation = page.ContinuationToken;
            }
            while (!string.IsNullOrEmpty(continuation) && members.Count < 500);
        }

        return new ChatTurn(Actor(activity), KindOf(activity), members, activity.Type == ActivityTypes.Message ? MentionedPeople(activity) : [])
        {
            DirectoryId = activity.From?.AadObjectId,
            ChatId = activity.Conversation?.Id ?? string.Empty,
            TenantId = activity.GetChannelData<TeamsChannelData>()?.Tenant?.Id ?? activity.Conversation?.TenantId,
            ActivityId = activity.Id ?? string.Empty,
            ClickedMessageId = activity.ReplyToId,
            TimeZoneId = ClientTimeZone(activity),
            ChatOnDemand = () => activity.Conversation is null ? null : ChatAddresses.Of(activity),
        };
    }

    /// <summary>The sender's time zone as their Teams client reports it: <c>localTimezone</c>, else the <c>clientInfo</c> entity's <c>timezone</c>.</summary>
    private static string? ClientTimeZone(Activity activity) =>
        activity.LocalTimezone is { Length: > 0 } zone ? zone
            : activity.Entities?.FirstOrDefault(e => e.Type == "clientInfo")?.Properties?["timezone"]?.ToString() is { Length: > 0 } client ? client : null;

    /// <summary>The people @mentioned in the activity, other than the bot itself.</summary>
    private static List<Participant> MentionedPeople(Activity activity) =>
        activity.GetMentions()
            .Where(m => m.Mentioned is not null && m.Mentioned.Id != activity.Recipient?.Id)
            .Select(m => new Participant(m.Mentioned.Id, m.Mentioned.Name ?? "Someone") { DirectoryId = m.Mentioned.AadObjectId })
            .ToList();

    private static Participant Actor(IActivity activity) =>
        new(activity.From?.Id ?? throw new Application.Turns.BadCardDataException("The message did not say who sent it."), activity.From.Name ?? "Someone")
        {
            DirectoryId = activity.From.AadObjectId, // the side panel signs people in by this id
        };

    /// <summary>A meeting chat is a group chat whose channel data names a meeting; the conversation id is never parsed.</summary>
    internal static ChatKind KindOf(IActivity activity) => activity.Conversation?.ConversationType switch
    {
        "personal" => ChatKind.Personal,
        "channel" => ChatKind.Channel,
        _ when activity.TeamsGetMeetingInfo()?.Id is { Length: > 0 } => ChatKind.Meeting,
        _ => ChatKind.Group,
    };

    private static string CommandText(IMessageActivity activity)
    {
        // Card submits in old clients arrive as messages with no text; treat them as "help".
        var text = activity.Text ?? string.Empty;
        return AtMention().Replace(text, " ").Trim();
    }

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase)]
    private static partial Regex AtMention();

    [LoggerMessage(Level = LogLevel.Information, Message = "Command {Command} (activity {ActivityId}, conversation {ConversationId})")]
    private static partial void LogCommand(ILogger logger, string command, string? activityId, string? conversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Card action {Verb} on session {SessionId} (activity {ActivityId}, conversation {ConversationId})")]
    private static partial void LogAction(ILogger logger, string verb, string? sessionId, string? activityId, string? conversationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not queue the shared card of session {SessionId} (activity {ActivityId}); the next change of the session sends it")]
    private static partial void LogShareFailed(ILogger logger, Exception exception, string sessionId, string? activityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Turn failed ({Kind}) for activity {ActivityId}, session {SessionId}, route {Route}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string kind, string? activityId, string? sessionId, string route);
}
