using System.Runtime.ExceptionServices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Rest;
using TeamsMockBot.Cards.Model;
using TeamsMockBot.Observability;
using TeamsMockBot.UseCases;

namespace TeamsMockBot.Teams;

/// <summary>
/// Proactive messages through the Bot Connector: personal-chat cards and in-place updates of a
/// session's shared card. Teams answers bursts with 429 (and sometimes 412/502/504): those are
/// retried with exponential backoff and jitter, a bounded number of times. Every attempt is counted
/// (<see cref="Telemetry.ProactiveSendsCounter"/>) and each send is one span, with the HTTP calls under it.
/// </summary>
public sealed partial class TeamsMessenger(
    CloudAdapter adapter, ConversationBook conversations, BotIdentity identity, ServiceUrlPolicy serviceUrls, BotMetrics metrics, ILogger<TeamsMessenger> logger)
    : IChatMessenger
{
    private const int MaxAttempts = 4;
    private static readonly int[] RetriedStatusCodes = [429, 412, 502, 504];

    public Task SendToPersonAsync(string personId, string sessionId, AdaptiveCard card, CancellationToken cancellationToken) =>
        SendToPersonalChatAsync(personId, sessionId, card, async () =>
            (await conversations.FindSessionCardAsync(sessionId, cancellationToken).ConfigureAwait(false))?.Reference
            ?? throw new InvalidOperationException($"No chat is known for session {sessionId}, so {personId} cannot be messaged."),
            cancellationToken);

    /// <summary>
    /// Sends <paramref name="card"/> to the person's personal chat, opening it from the chat of
    /// <paramref name="origin"/> (the current turn) when the bot has never talked to them alone.
    /// </summary>
    public Task SendPrivatelyAsync(string personId, ConversationReference origin, AdaptiveCard card, CancellationToken cancellationToken) =>
        SendToPersonalChatAsync(personId, "none", card, () => Task.FromResult(origin), cancellationToken);

    /// <summary>
    /// Uses the stored personal chat; without one, opens it with the service URL and tenant of
    /// <paramref name="origin"/>'s chat (looked up only when needed).
    /// </summary>
    private async Task SendToPersonalChatAsync(
        string personId, string sessionId, AdaptiveCard card, Func<Task<ConversationReference>> origin, CancellationToken cancellationToken)
    {
        var personal = await conversations.FindPersonalChatAsync(personId, cancellationToken).ConfigureAwait(false);
        if (personal is not null)
        {
            await ContinueAsync("send", sessionId, personal, (turn, ct) => turn.SendActivityAsync(CardAttachments.ToMessage(card), ct), cancellationToken).ConfigureAwait(false);
            return;
        }

        await OpenPersonalChatAsync(personId, sessionId, await origin().ConfigureAwait(false), card, cancellationToken).ConfigureAwait(false);
    }

    private async Task OpenPersonalChatAsync(string personId, string sessionId, ConversationReference reference, AdaptiveCard card, CancellationToken cancellationToken)
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
        await WithRetryAsync("create", sessionId, () => SurfacingFailuresAsync(
            callback => adapter.CreateConversationAsync(identity.AppId, reference.ChannelId, reference.ServiceUrl, null, parameters, callback, cancellationToken),
            async (turn, ct) =>
            {
                await conversations.SavePersonalChatAsync(personId, turn.Activity.GetConversationReference(), ct).ConfigureAwait(false);
                await WithRetryAsync("send", sessionId, () => turn.SendActivityAsync(CardAttachments.ToMessage(card), ct)).ConfigureAwait(false);
            })).ConfigureAwait(false);
    }

    public async Task UpdateSessionCardAsync(string sessionId, AdaptiveCard card, CancellationToken cancellationToken)
    {
        var location = await conversations.FindSessionCardAsync(sessionId, cancellationToken).ConfigureAwait(false);
        if (location is not { } found)
        {
            return; // the session was never shown in a chat we know (e.g. created by a test or API); nothing to update
        }

        await ContinueAsync("update", sessionId, found.Reference, async (turn, ct) =>
        {
            var update = CardAttachments.ToMessage(card);
            update.Id = found.ActivityId;
            await turn.UpdateActivityAsync(update, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    // The retry runs inside the callback: the adapter hands an exception thrown there to its OnTurnError
    // (which logs it) instead of to us, so a retry around ContinueConversationAsync would never see a 429.
    private Task ContinueAsync(string operation, string sessionId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        RequireAllowed(reference.ServiceUrl);
        return SurfacingFailuresAsync(
            wrapped => adapter.ContinueConversationAsync(identity.AppId, reference, wrapped, cancellationToken),
            (turn, ct) => WithRetryAsync(operation, sessionId, () => callback(turn, ct)));
    }

    /// <summary>
    /// Runs a proactive callback so that its failure reaches our caller. The adapter would otherwise
    /// pass it to OnTurnError and return normally, and a caller such as feedback delivery would
    /// believe a card arrived that never did (and could not give back its delivery claim).
    /// </summary>
    private static async Task SurfacingFailuresAsync(Func<BotCallbackHandler, Task> start, BotCallbackHandler callback)
    {
        ExceptionDispatchInfo? failure = null;
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
        failure?.Throw();
    }

    private void RequireAllowed(string serviceUrl)
    {
        if (!serviceUrls.Allows(serviceUrl))
        {
            throw new InvalidOperationException($"Refusing to send to service URL '{serviceUrl}': it is not an allowed Teams host.");
        }
    }

    private async Task WithRetryAsync(string operation, string sessionId, Func<Task> send)
    {
        using var span = Telemetry.Source.StartActivity($"proactive {operation}");
        span?.SetTag(TelemetryTags.ProactiveOperation, operation);
        span?.SetTag(TelemetryTags.SessionId, sessionId);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await send().ConfigureAwait(false);
                metrics.ProactiveAttempted(operation, "sent", null);
                return;
            }
            catch (Exception e) when (attempt < MaxAttempts && IsTransient(e))
            {
                var backoff = TimeSpan.FromMilliseconds((200 << attempt) + Random.Shared.Next(0, 200));
                metrics.ProactiveAttempted(operation, "retried", StatusOf(e));
                LogRetry(logger, operation, sessionId, StatusOf(e), attempt, (int)backoff.TotalMilliseconds);
#pragma warning disable RS0030 // replaced by the Polly pipeline (issue 8)
                await Task.Delay(backoff).ConfigureAwait(false);
#pragma warning restore RS0030
            }
            catch (Exception e)
            {
                metrics.ProactiveAttempted(operation, "failed", StatusOf(e));
                span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, e.GetType().Name);
                throw;
            }
        }
    }

    private static bool IsTransient(Exception e) => StatusOf(e) is { } status && RetriedStatusCodes.Contains(status);

    private static int? StatusOf(Exception e) => e switch
    {
        ErrorResponseException { Response: { } r } => (int)r.StatusCode,
        HttpOperationException { Response: { } r } => (int)r.StatusCode,
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams answered {StatusCode} to proactive {Operation} for session {SessionId}; attempt {Attempt}, retrying in {BackoffMs} ms")]
    private static partial void LogRetry(ILogger logger, string operation, string sessionId, int? statusCode, int attempt, int backoffMs);
}
