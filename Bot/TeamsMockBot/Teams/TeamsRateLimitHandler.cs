using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TeamsMockBot.Teams;

/// <summary>
/// Every request of the connector's HTTP client passes the <see cref="TeamsRateLimiter"/>, one attempt
/// at a time (it sits inside <see cref="TeamsRetryHandler"/>, so a retry needs a permit too). A post,
/// update or delete of a message counts for its conversation, read from the request path
/// (<c>/v3/conversations/{id}/activities…</c>), and for the app; any other Bot Connector call (roster
/// reads, opening a personal chat) for the app only. With no
/// permit free it waits up to <see cref="TeamsOptions.MaxThrottleWait"/> — in a card click
/// (<see cref="TeamsCallMode"/>) a message call not at all: what it carries waits in the outbox, while
/// a roster read, which the click's answer is built from, may wait (and has a reserve of the app's
/// permits, <see cref="TeamsRateLimiter.UrgentReserve"/>) — and otherwise answers for Teams: 429 with <c>Retry-After</c>, never
/// sent and never retried in place, so the caller's outbox entry waits until then. A 429 from Teams
/// itself holds the conversation back for its <c>Retry-After</c>.
/// </summary>
internal sealed partial class TeamsRateLimitHandler(
    TeamsRateLimiter limiter, IOptions<TeamsOptions> options, TimeProvider time, ILogger<TeamsRateLimitHandler> logger) : DelegatingHandler
{
    private static readonly HttpRequestOptionsKey<bool> RefusedHere = new("teams.refused-by-limiter");

    /// <summary>True for a 429 this handler answered itself (no request reached Teams).</summary>
    public static bool IsRefusedHere(HttpResponseMessage response) =>
        response.RequestMessage?.Options.TryGetValue(RefusedHere, out var refused) == true && refused;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!options.Value.RateLimitsEnabled || !IsBotConnectorCall(request))
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var conversationId = ConversationOf(request);
        var urgent = request.Method == HttpMethod.Get; // a roster read: a turn's answer is built from it
        var mayWait = TeamsCallMode.MayWait || urgent ? options.Value.MaxThrottleWait : TimeSpan.Zero;
        var started = time.GetTimestamp();
        while (limiter.TryAcquire(conversationId, urgent) is var wait && wait > TimeSpan.Zero)
        {
            if (time.GetElapsedTime(started) + wait > mayWait)
            {
                LogRefused(logger, TeamsResilience.OperationOf(request), conversationId, (int)wait.TotalMilliseconds);
                return Refusal(request, wait);
            }

            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.TooManyRequests && TeamsResilience.RetryAfter(response, time, TimeSpan.FromHours(1)) is { } retryAfter)
        {
            limiter.HoldBack(conversationId, retryAfter);
        }

        return response;
    }

    /// <summary>A Bot Connector call (<c>/v3/conversations…</c>); sign-in and key downloads on the same client are not Teams' to limit.</summary>
    internal static bool IsBotConnectorCall(HttpRequestMessage request) =>
        request.RequestUri?.AbsolutePath.Contains("/v3/conversations", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>The conversation a message call goes into; null for reads and for opening a new chat.</summary>
    internal static string? ConversationOf(HttpRequestMessage request)
    {
        if (request.Method == HttpMethod.Get || request.RequestUri is not { } uri)
        {
            return null;
        }

        var parts = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i + 2 < parts.Length; i++)
        {
            if (parts[i - 1] == "v3" && parts[i] == "conversations" && parts[i + 2] == "activities")
            {
                return Uri.UnescapeDataString(parts[i + 1]);
            }
        }

        return null;
    }

    /// <summary>What Teams would answer over its limit, with the wait rounded up to whole seconds as the header carries it.</summary>
    private static HttpResponseMessage Refusal(HttpRequestMessage request, TimeSpan wait)
    {
        request.Options.Set(RefusedHere, true);
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests)
        {
            RequestMessage = request,
            Content = new StringContent(
                """{"error":{"code":"Throttled","message":"Held back by the bot to stay within Teams' rate limits."}}""", Encoding.UTF8, "application/json"),
        };
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(wait.TotalSeconds))));
        return response;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Held back a Teams {Operation} into conversation {ConversationId}: the next permit is in {WaitMs} ms")]
    private static partial void LogRefused(ILogger logger, string operation, string? conversationId, int waitMs);
}
