using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TeamsMockBot.Tests.Infrastructure;

/// <summary>
/// The Teams cloud's Bot Connector as a real HTTP server on 127.0.0.1, for a bot running in another
/// process: new conversations, posts, updates and the roster, answered the way Bot Connector answers
/// them (the same shapes as <see cref="TeamsConnectorCapture"/>). It can refuse every post into a
/// conversation with 503 until told to accept again, and it records every call with its answer.
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<CapturedCall> _calls = new();
    private readonly ConcurrentDictionary<string, bool> _refused = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private WebApplication? _app;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextId;

    private FakeBotConnector()
    {
    }

    /// <summary>What the bot is given as the activities' <c>serviceUrl</c>, e.g. http://127.0.0.1:40123/_connector/.</summary>
    public Uri ServiceUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The chat's members as the roster API returns them (id, name).</summary>
    public ConcurrentBag<(string Id, string Name)> Roster { get; } = [];

    public IReadOnlyList<CapturedCall> Calls => [.. _calls];

    public static async Task<FakeBotConnector> StartAsync()
    {
        var connector = new FakeBotConnector();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(connector.AnswerAsync);
        await app.StartAsync();
        connector._app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        connector.ServiceUrl = new Uri(address.TrimEnd('/') + "/_connector/");
        return connector;
    }

    /// <summary>From now on, every post into <paramref name="conversationId"/> is answered 503 Service Unavailable.</summary>
    public void Refuse(string conversationId) => _refused[conversationId] = true;

    /// <summary>Teams recovers: posts into <paramref name="conversationId"/> are accepted again.</summary>
    public void Accept(string conversationId) => _refused.TryRemove(conversationId, out _);

    /// <summary>Waits until the calls so far satisfy <paramref name="condition"/>; fails with what was seen after <paramref name="timeout"/>.</summary>
    public async Task WaitUntilAsync(Func<IReadOnlyList<CapturedCall>, bool> condition, TimeSpan timeout, string what)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                changed = _changed.Task;
            }

            if (condition(Calls))
            {
                return;
            }

            try
            {
                await changed.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                var seen = string.Join("\n", Calls.Select(c => $"  {c.Method} {c.Path} → {c.StatusCode}"));
                throw new TimeoutException($"Waited {timeout.TotalSeconds} s for {what}. Connector calls so far:\n{seen}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        var target = context.Features.Get<IHttpRequestFeature>()!.RawTarget; // still escaped, as CapturedCall expects
        var path = target.Split('?')[0];
        var body = await new StreamReader(request.Body).ReadToEndAsync(context.RequestAborted);
        var json = string.IsNullOrWhiteSpace(body) ? null : JsonNode.Parse(body);
        var (status, answer) = Answer(request.Method, path, json);
        Record(new CapturedCall(request.Method, path, json, (int)status));
        context.Response.StatusCode = (int)status;
        await context.Response.WriteAsJsonAsync(answer, context.RequestAborted);
    }

    private (HttpStatusCode Status, JsonNode Answer) Answer(string method, string path, JsonNode? json)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries); // _connector, v3, conversations, {id}, ...
        var conversationId = parts.Length > 3 ? Uri.UnescapeDataString(parts[3]) : null;
        var resource = parts.Length > 4 ? parts[4] : null;
        switch (method)
        {
            case "GET" when resource == "pagedmembers":
                return (HttpStatusCode.OK, new JsonObject { ["members"] = Members() });
            case "GET" when resource == "members" && parts.Length > 5:
                var id = Uri.UnescapeDataString(parts[5]);
                return (HttpStatusCode.OK, Member(id, Roster.FirstOrDefault(m => m.Id == id).Name ?? id));
            case "GET" when resource == "members":
                return (HttpStatusCode.OK, Members());
            case "POST" when parts.Length == 3 && parts[2] == "conversations":
                var member = json?["members"]?[0]?["id"]?.GetValue<string>() ?? "unknown";
                return (HttpStatusCode.Created, new JsonObject { ["id"] = TeamsConnectorCapture.PersonalConversationFor(member) });
            case "POST" when resource == "activities" && _refused.ContainsKey(conversationId!):
                return (HttpStatusCode.ServiceUnavailable, new JsonObject
                {
                    ["error"] = new JsonObject { ["code"] = "ServiceUnavailable", ["message"] = "The service is temporarily unavailable." },
                });
            case "POST" when resource == "activities":
                return (HttpStatusCode.OK, new JsonObject { ["id"] = "msg-" + Interlocked.Increment(ref _nextId) });
            case "PUT" when resource == "activities" && parts.Length > 5:
                return (HttpStatusCode.OK, new JsonObject { ["id"] = Uri.UnescapeDataString(parts[5]) });
            default:
                return (HttpStatusCode.NotFound, new JsonObject { ["error"] = new JsonObject { ["code"] = "NotFound", ["message"] = $"{method} {path}" } });
        }
    }

    private JsonArray Members() => new([.. Roster.Select(m => (JsonNode)Member(m.Id, m.Name))]);

    private static JsonObject Member(string id, string name) => new() { ["id"] = id, ["name"] = name };

    private void Record(CapturedCall call)
    {
        lock (_gate)
        {
            _calls.Enqueue(call);
            _changed.TrySetResult();
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }
}
