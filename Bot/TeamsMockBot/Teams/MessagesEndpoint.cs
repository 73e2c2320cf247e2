using System.Text.Json;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.Logging;

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
        HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot, BotIdentity identity, ServiceUrlPolicy serviceUrls, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(MessagesEndpoint));
        if (!identity.IsAuthenticated && http.Connection.RemoteIpAddress is { } remote && !System.Net.IPAddress.IsLoopback(remote))
        {
            LogRefused(logger, "unauthenticated request from another machine", remote.ToString());
            await Results.Problem("Authentication is off (no MicrosoftAppId), so only this machine may call the bot.", statusCode: 403).ExecuteAsync(http).ConfigureAwait(false);
            return;
        }

        http.Request.EnableBuffering();
        var serviceUrl = await ReadServiceUrlAsync(http.Request).ConfigureAwait(false);
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

        http.Request.Body.Position = 0;
        await adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted).ConfigureAwait(false);
    }

    private static async Task<string?> ReadServiceUrlAsync(HttpRequest request)
    {
        try
        {
            using var json = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted).ConfigureAwait(false);
            return json.RootElement.ValueKind == JsonValueKind.Object &&
                   json.RootElement.TryGetProperty("serviceUrl", out var url) && url.ValueKind == JsonValueKind.String
                ? url.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused /api/messages: {Reason} ({Detail})")]
    private static partial void LogRefused(ILogger logger, string reason, string detail);
}
