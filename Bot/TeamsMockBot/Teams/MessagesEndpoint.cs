using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TeamsMockBot.Teams;

/// <summary>
/// <c>POST /api/messages</c>: a thin door to the adapter. Before it, checks the SDK does not do for
/// us, cheapest first and each before the body is read further than it must be: with authentication
/// off, only a caller known to be on this machine; with it on, a bearer token must be there at all
/// (the adapter validates it); the body may not exceed <see cref="TeamsOptions.MaxActivityBytes"/>;
/// and the activity's serviceUrl (where replies will go) must be allowed, so a request cannot make
/// the bot post elsewhere.
/// </summary>
public static partial class MessagesEndpoint
{
    public const string Route = "/api/messages";

    public static void MapMessages(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Route, HandleAsync);

    private static async Task HandleAsync(
        HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot, BotIdentity identity, ServiceUrlPolicy serviceUrls,
        IOptions<TeamsOptions> options, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(MessagesEndpoint));
        var remote = http.Connection.RemoteIpAddress;
        if (!identity.IsAuthenticated && (remote is null || !System.Net.IPAddress.IsLoopback(remote)))
        {
            // An unknown address is refused too: without authentication, "probably local" is not enough.
            LogRefused(logger, "unauthenticated request from another machine or an unknown address", remote?.ToString() ?? "unknown");
            await Results.Problem("Authentication is off (no MicrosoftAppId), so only this machine may call the bot.", statusCode: 403).ExecuteAsync(http).ConfigureAwait(false);
            return;
        }

        if (identity.IsAuthenticated && !HasReadableBearerToken(http.Request))
        {
            LogRefused(logger, "no readable bearer token", http.TraceIdentifier);
            await Results.Problem("A Bot Framework token is required.", statusCode: 401).ExecuteAsync(http).ConfigureAwait(false);
            return;
        }

        var limit = options.Value.MaxActivityBytes;
        if (http.Request.ContentLength > limit)
        {
            LogRefused(logger, "body too large", http.Request.ContentLength.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await TooLargeAsync(http, limit).ConfigureAwait(false);
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit; // a chunked body without a length is cut off by the server too
        }

        // Buffered up to the limit and no further, so a body without a Content-Length cannot grow past it either.
        http.Request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: limit);
        (string? ServiceUrl, string? TenantId, string? Problem, string? ActivityId) envelope;
        try
        {
            envelope = await ReadEnvelopeAsync(http.Request).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or BadHttpRequestException)
        {
            LogRefused(logger, "body too large", "no length given");
            await TooLargeAsync(http, limit).ConfigureAwait(false);
            return;
        }

        var (serviceUrl, tenantId, _, _) = envelope;
        if (serviceUrl is null)
        {
            LogRefused(logger, "body is not an activity", http.TraceIdentifier);
            await Results.Problem("The body must be a Bot Framework activity (JSON with a serviceUrl).", statusCode: 400).ExecuteAsync(http).ConfigureAwait(false);
            return;
        }

        if (!serviceUrls.Allows(serviceUrl))
        {
            LogRefused(logger, "serviceUrl not allowed", serviceUrl);
            await Results.Problem($"The serviceUrl '{serviceUrl}' is not allowed.", statusCode: 403).ExecuteAsync(http).ConfigureAwait(false);
            return;
        }

        var tenants = options.Value.AllowedTenantIds;
        if (tenants.Count > 0 && (tenantId is null || !tenants.Contains(tenantId, StringComparer.OrdinalIgnoreCase)))
        {
            LogRefused(logger, "tenant not served by this deployment", tenantId ?? "none");
            await Results.Problem("This bot serves another organisation.", statusCode: 403).ExecuteAsync(http).ConfigureAwait(false);
            return;
        }

        if (envelope.Problem is { } problem)
        {
            // Before the adapter: Bot Framework throws (a 500) on these instead of refusing them.
            LogRefused(logger, "malformed activity: " + problem, envelope.ActivityId ?? http.TraceIdentifier);
            await Results.Problem($"This is not a Teams activity the bot can answer: {problem}.", statusCode: 400).ExecuteAsync(http).ConfigureAwait(false);
            return;
        }

        http.Request.Body.Position = 0;
        await adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>
    /// A bearer token that is at least a well-formed JWT. The adapter validates it; a token it cannot
    /// even parse would otherwise escape the SDK as an exception (a 500) instead of a 401.
    /// </summary>
    private static bool HasReadableBearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        try
        {
            _ = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().ReadJsonWebToken(header[scheme.Length..].Trim());
            return true;
        }
        catch (ArgumentException)
        {
            return false; // not a JWT at all (the handler's malformed-token exceptions are ArgumentExceptions)
        }
    }

    private static Task TooLargeAsync(HttpContext http, long limit) =>
        Results.Problem($"An activity may be at most {limit / 1024} KB.", statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(http);

    /// <summary>The activity's serviceUrl and Teams tenant id (channelData.tenant.id, else conversation.tenantId).</summary>
    private static async Task<(string? ServiceUrl, string? TenantId, string? Problem, string? ActivityId)> ReadEnvelopeAsync(HttpRequest request)
    {
        try
        {
            using var json = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted).ConfigureAwait(false);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null, null, null);
            }

            return (StringAt(root, "serviceUrl"),
                StringAt(root, "channelData", "tenant", "id") ?? StringAt(root, "conversation", "tenantId"),
                ActivityShape.Problem(root), StringAt(root, "id"));
        }
        catch (JsonException)
        {
            return (null, null, null, null);
        }
    }

    private static string? StringAt(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        try
        {
            return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        }
        catch (InvalidOperationException)
        {
            return null; // not valid UTF-16 (a lone surrogate): ActivityShape refuses the activity
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused /api/messages: {Reason} ({Detail})")]
    private static partial void LogRefused(ILogger logger, string reason, string detail);
}
