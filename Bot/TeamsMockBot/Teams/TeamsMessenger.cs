using System.Runtime.ExceptionServices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Rest;
using TeamsMockBot.Application.Conversations;
using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Observability;

namespace TeamsMockBot.Teams;

/// <summary>
/// Proactive messages through the Bot Connector: personal-chat cards, new messages in a chat the bot
/// is in (a booked meeting's chat) and in-place updates of a message the bot posted. Every call passes Teams' rate limits (<see cref="TeamsRateLimitHandler"/>)
/// and transient refusals (429 and friends) are retried by the connector's one resilience pipeline on
/// its HTTP client; what still fails is a <see cref="DeliveryFailedException"/> (with Teams' or the
/// limiter's <c>Retry-After</c>), and <see cref="OutboundDelivery"/> tries again then.
/// Each send is one span (<see cref="Telemetry.ProactiveSendsCounter"/> counts them), with the HTTP calls under it.
/// </summary>
public sealed partial class TeamsMessenger(
    CloudAdapter adapter, IConversationDirectory conversations, BotIdentity identity, ServiceUrlPolicy serviceUrls, BotMetrics metrics,
    ILogger<TeamsMessenger> logger)
    : IChatMessenger
{
    public async Task SendToPersonAsync(string personId, ChatAddress? origin, string cardJson, string? sessionId, CancellationToken cancellationToken)
    {
        var personal = await conversations.FindPersonalChatAsync(personId, cancellationToken).ConfigureAwait(false);
        if (personal is not null)
        {
            await ContinueAsync("send", sessionId, ChatAddresses.ToReference(personal), (turn, ct) => turn.SendActivityAsync(CardAttachments.ToMessage(cardJson), ct), cancellationToken).ConfigureAwait(false);
            return;
        }

        var from = origin ?? throw new DeliveryFailedException($"No chat is known from which to open a personal chat with {personId}.", isPermanent: true, statusCode: null);
        await OpenPersonalChatAsync(personId, ChatAddresses.ToReference(from), cardJson, sessionId, cancellationToken).ConfigureAwait(false);
    }

    public Task SendToChatAsync(ChatAddress chat, string cardJson, string? sessionId, CancellationToken cancellationToken) =>
        ContinueAsync("send", sessionId, ChatAddresses.ToReference(chat), (turn, ct) => turn.SendActivityAsync(CardAttachments.ToMessage(cardJson), ct), cancellationToken);

    public Task UpdateMessageAsync(SessionCardLocation location, string cardJson, string? sessionId, CancellationToken cancellationToken) =>
        ContinueAsync("update", sessionId, ChatAddresses.ToReference(location.Chat), async (turn, ct) =>
        {
            var update = CardAttachments.ToMessage(cardJson);
            update.Id = location.MessageId;
            await turn.UpdateActivityAsync(update, ct).ConfigureAwait(false);
        }, cancellationToken);

    private Task OpenPersonalChatAsync(string personId, ConversationReference reference, string cardJson, string? sessionId, CancellationToken cancellationToken)
    {
        RequireAllowed(reference.ServiceUrl);
        var tenantId = reference.Conversation?.TenantId;
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = reference.Bot,
            Members = [new ChannelAccount(personId)],
            TenantId = tenantId,
            ChannelData = tenantId is null ? null : new { tenant = new { id = tenantId } },
        };
        return RunAsync("create", sessionId, callback => adapter.CreateConversationAsync(identity.AppId, reference.ChannelId, reference.ServiceUrl, null, parameters, callback, cancellationToken),
            async (turn, ct) =>
            {
                await conversations.RememberPersonalChatAsync(personId, ChatAddresses.OfPersonalChat(turn.Activity), ct).ConfigureAwait(false);
                await turn.SendActivityAsync(CardAttachments.ToMessage(cardJson), ct).ConfigureAwait(false);
            });
    }

    private Task ContinueAsync(string operation, string? sessionId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        RequireAllowed(reference.ServiceUrl);
        return RunAsync(operation, sessionId, wrapped => adapter.ContinueConversationAsync(identity.AppId, reference, wrapped, cancellationToken), callback);
    }

    /// <summary>
    /// Runs a proactive callback so that its failure reaches our caller. The adapter would otherwise
    /// pass it to OnTurnError and return normally, and delivery would believe a card arrived that never did.
    /// </summary>
    private async Task RunAsync(string operation, string? sessionId, Func<BotCallbackHandler, Task> start, BotCallbackHandler callback)
    {
        using var span = Telemetry.Source.StartActivity($"proactive {operation}");
        span?.SetTag(TelemetryTags.ProactiveOperation, operation);
        span?.SetTag(TelemetryTags.SessionId, sessionId);
        ExceptionDispatchInfo? failure = null;
        try
        {
            await start(async (turn, ct) =>
            {
                try
                {
                    await callback(turn, ct).ConfigureAwait(false);
                }
                catch (Exception e)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
            }).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            failure = ExceptionDispatchInfo.Capture(e);
        }

        if (failure is null)
        {
            metrics.ProactiveAttempted(operation, "sent", null);
            return;
        }

        var status = StatusOf(failure.SourceException);
        metrics.ProactiveAttempted(operation, "failed", status);
        span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, failure.SourceException.GetType().Name);
        if (failure.SourceException is OperationCanceledException or DeliveryFailedException)
        {
            failure.Throw();
        }

        LogFailed(logger, failure.SourceException, operation, status);
        throw new DeliveryFailedException($"Teams did not accept the proactive {operation}.", IsPermanent(status), status, failure.SourceException, RetryAfterOf(failure.SourceException));
    }

    private void RequireAllowed(string serviceUrl)
    {
        if (!serviceUrls.Allows(serviceUrl))
        {
            throw new DeliveryFailedException($"Refusing to send to service URL '{serviceUrl}': it is not an allowed Teams host.", isPermanent: true, statusCode: null);
        }
    }

    /// <summary>Teams refuses for good when the bot was removed or the chat is gone (403, 404); anything else may pass later.</summary>
    private static bool IsPermanent(int? status) => status is 400 or 401 or 403 or 404 or 413;

    internal static int? StatusOf(Exception e) => e switch
    {
        ErrorResponseException { Response: { } r } => (int)r.StatusCode,
        HttpOperationException { Response: { } r } => (int)r.StatusCode,
        _ => null,
    };

    /// <summary>The <c>Retry-After</c> of a refusal (whole seconds, as Teams and the limiter send it), if any.</summary>
    internal static TimeSpan? RetryAfterOf(Exception e)
    {
        var headers = e switch
        {
            ErrorResponseException { Response: { } r } => r.Headers,
            HttpOperationException { Response: { } r } => r.Headers,
            _ => null,
        };
        var value = headers?.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams refused a proactive {Operation} (status {StatusCode})")]
    private static partial void LogFailed(ILogger logger, Exception exception, string operation, int? statusCode);
}
