using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using TeamsMockBot.Teams;

namespace TeamsMockBot.Benchmarks;

/// <summary>
/// <c>POST /bench/echo</c>: the baseline, added to the host by the benchmark only (an
/// <see cref="IStartupFilter"/>), never part of the product. It has the same door as
/// <c>/api/messages</c> (buffer the body, read its serviceUrl, check it against the same
/// <see cref="ServiceUrlPolicy"/>) and goes through the same <see cref="IBotFrameworkHttpAdapter"/>
/// instance, so the only difference left is the bot behind it.
/// </summary>
internal sealed class EchoEndpoint : IStartupFilter
{
    public const string Route = "/bench/echo";

    private static readonly EchoBot Bot = new();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        // The in-memory server gives no remote address and the bot refuses unknown callers with
        // authentication off: the benchmark's requests come from this machine, so say so.
        app.Use((http, nextMiddleware) =>
        {
            http.Connection.RemoteIpAddress ??= System.Net.IPAddress.Loopback;
            return nextMiddleware(http);
        });
        app.MapWhen(
            http => HttpMethods.IsPost(http.Request.Method) && http.Request.Path.Equals(Route, StringComparison.Ordinal),
            branch => branch.Run(HandleAsync));
        next(app);
    };

    private static async Task HandleAsync(HttpContext http)
    {
        http.Request.EnableBuffering();
        string? serviceUrl;
        using (var json = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted))
        {
            serviceUrl = json.RootElement.TryGetProperty("serviceUrl", out var url) ? url.GetString() : null;
        }

        if (!http.RequestServices.GetRequiredService<ServiceUrlPolicy>().Allows(serviceUrl))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        http.Request.Body.Position = 0;
        var adapter = http.RequestServices.GetRequiredService<IBotFrameworkHttpAdapter>();
        await adapter.ProcessAsync(http.Request, http.Response, Bot, http.RequestAborted);
    }

    /// <summary>
    /// The bare handlers: a message is echoed (one reply sent); a card action updates the clicked
    /// message with a one-line card and answers with another, touching no store and building no real card.
    /// </summary>
    private sealed class EchoBot : ActivityHandler
    {
        private const string CardType = "application/vnd.microsoft.card.adaptive";

        protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
            turnContext.SendActivityAsync(MessageFactory.Text(turnContext.Activity.Text), cancellationToken);

        protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
            ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
        {
            var update = MessageFactory.Attachment(new Attachment { ContentType = CardType, Content = TinyCard(invokeValue.Action?.Verb) });
            update.Id = turnContext.Activity.ReplyToId;
            await turnContext.UpdateActivityAsync(update, cancellationToken);
            return new AdaptiveCardInvokeResponse { StatusCode = 200, Type = CardType, Value = TinyCard(invokeValue.Action?.Verb) };
        }

        private static JObject TinyCard(string? verb) => new()
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JArray(new JObject { ["type"] = "TextBlock", ["text"] = verb ?? string.Empty }),
        };
    }
}
