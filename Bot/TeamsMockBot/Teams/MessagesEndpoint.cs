using System.Text.Json;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TeamsMockBot.Teams;

/// <summary>
/// <c>POST /api/messages</c>: a thin door to the adapter. Before it, two checks the SDK does not do
/// for us: with authentication off, only this machine may call; and the activity's serviceUrl
/// (where replies will go) must be allowed, so a request cannot make the bot post elsewhere.
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
        if (!identity.IsAuthenticated && http.Connection.RemoteIpAddress is { } remote && !System.Net.IPAddress.IsLoopback(remote))
        {
            LogRefused(logger, "unauthenticated request from another machine", remote.ToString());
            await Results.Problem("Authentication is off (no MicrosoftAppId), so only this machine may call the bot.", statusCode: 403).ExecuteAsync(http).ConfigureAwait(false);
            return;
        }

        http.Request.EnableBuffering();
        var (serviceUrl, tenantId) = await ReadEnvelopeAsync(http.Request).ConfigureAwait(false);
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

        http.Request.Body.Position = 0;
        await adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The activity's serviceUrl and Teams tenant id (channelData.tenant.id, else conversation.tenantId).</summary>
    private static async Task<(string? ServiceUrl, string? TenantId)> ReadEnvelopeAsync(HttpRequest request)
    {
        try
        {
            using var json = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted).ConfigureAwait(false);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            return (StringAt(root, "serviceUrl"),
                StringAt(root, "channelData", "tenant", "id") ?? StringAt(root, "conversation", "tenantId"));
        }
        catch (JsonException)
        {
            return (null, null);
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

        return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused /api/messages: {Reason} ({Detail})")]
    private static partial void LogRefused(ILogger logger, string reason, string detail);
}
