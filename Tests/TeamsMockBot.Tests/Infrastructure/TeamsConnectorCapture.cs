using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace TeamsMockBot.Tests.Infrastructure;

/// <summary>
/// Stands in for the Teams cloud (which cannot run here): answers the Bot Connector calls the bot
/// makes — replies, updates, new conversations, the roster — and records every one of them.
/// </summary>
public sealed class TeamsConnectorCapture : HttpMessageHandler
{
    private readonly ConcurrentQueue<CapturedCall> calls = new();
    private readonly ConcurrentQueue<Uri> addresses = new();
    private readonly ConcurrentQueue<string> authorizations = new();
    private int nextId;

    /// <summary>The chat's members as the roster API returns them (id, name).</summary>
    public IList<(string Id, string Name)> Roster { get; } = [];

    /// <summary>The Teams meeting APIs (<c>v1/meetings/…</c>): meeting details, participants, targeted notifications.</summary>
    public FakeTeamsMeetings Meetings { get; } = new();

    /// <summary>Status codes to answer the next sends with, before answering normally (e.g. 429).</summary>
    public ConcurrentQueue<HttpStatusCode> Failures { get; } = new();

    /// <summary>The clock calls are stamped with (<see cref="CapturedCall.At"/>); the host sets its own.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>When set, decides per call whether Teams throttles it: a <c>Retry-After</c> to answer 429 with, or null to answer normally.</summary>
    public Func<HttpRequestMessage, TimeSpan?>? Throttle { get; set; }

    public IReadOnlyList<CapturedCall> Calls => [.. calls];

    /// <summary>Files where Teams keeps chat files (OneDrive / SharePoint), by download URL: what a GET of that URL answers; status 0 never answers.</summary>
    public ConcurrentDictionary<string, (HttpStatusCode Status, byte[] Body)> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>Every GET of a URL in <see cref="Files"/>, in order.</summary>
    public ConcurrentQueue<Uri> FileDownloads { get; } = new();

    /// <summary>The full address of every request the bot made through its HTTP clients, roster reads included (which host it called).</summary>
    public IReadOnlyList<Uri> Addresses => [.. addresses];

    /// <summary>The <c>Authorization</c> header of every request, for tests that check which token went where.</summary>
    public IReadOnlyList<string> Authorizations => [.. authorizations];

    public static string PersonalConversationFor(string memberId) => "personal:" + memberId;

    public void Clear()
    {
        calls.Clear();
        addresses.Clear();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        addresses.Enqueue(request.RequestUri!);
        authorizations.Enqueue(request.Headers.Authorization?.ToString() ?? string.Empty);
        if (request.Method == HttpMethod.Get && Files.TryGetValue(request.RequestUri!.AbsoluteUri, out var file))
        {
            FileDownloads.Enqueue(request.RequestUri);
            if (file.Status == 0)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken); // a file host that never answers (status 0)
            }

            return new HttpResponseMessage(file.Status) { Content = new ByteArrayContent(file.Body) };
        }

        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var json = string.IsNullOrEmpty(body) ? null : JsonNode.Parse(body);
        var path = request.RequestUri!.AbsolutePath;
        if (request.Method == HttpMethod.Get && path.EndsWith("/pagedmembers", StringComparison.Ordinal))
        {
            var members = new JsonArray([.. Roster.Select(m => (JsonNode)new JsonObject { ["id"] = m.Id, ["name"] = m.Name, ["aadObjectId"] = TeamsActivities.DirectoryIdOf(m.Id) })]);
            return Json(HttpStatusCode.OK, new JsonObject { ["members"] = members });
        }

        if (request.Method == HttpMethod.Get && path.Contains("/members/", StringComparison.Ordinal))
        {
            // Roster lookups of one member (TeamsActivityHandler does this for membersAdded): not a message, so not recorded.
            var id = Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..]);
            var name = Roster.FirstOrDefault(m => m.Id == id).Name ?? id;
            return Json(HttpStatusCode.OK, new JsonObject { ["id"] = id, ["name"] = name });
        }

        var at = Clock.GetUtcNow();
        if (Throttle?.Invoke(request) is { } retryAfter)
        {
            calls.Enqueue(new CapturedCall(request.Method.Method, path, json, 429, at));
            var throttled = Json(HttpStatusCode.TooManyRequests, new JsonObject { ["error"] = new JsonObject { ["code"] = "TooManyRequests", ["message"] = "injected" } });
            throttled.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(retryAfter);
            return throttled;
        }

        if (Meetings.NotificationHangs && path.EndsWith("/notification", StringComparison.Ordinal))
        {
            calls.Enqueue(new CapturedCall(request.Method.Method, path, json, 0, at));
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        if (Meetings.Answer(request.Method.Method, path, request.RequestUri.Query) is { } meeting)
        {
            var (status, answer) = meeting;
            calls.Enqueue(new CapturedCall(request.Method.Method, path, json, (int)status, at));
            return answer is null ? new HttpResponseMessage(status) : Json(status, answer);
        }

        if (Failures.TryDequeue(out var failure))
        {
            calls.Enqueue(new CapturedCall(request.Method.Method, path, json, (int)failure, at));
            return Json(failure, new JsonObject { ["error"] = new JsonObject { ["code"] = failure.ToString(), ["message"] = "injected" } });
        }

        if (request.Method == HttpMethod.Post && path.TrimEnd('/').EndsWith("/v3/conversations", StringComparison.Ordinal))
        {
            calls.Enqueue(new CapturedCall(request.Method.Method, path, json, (int)HttpStatusCode.Created, at));
            var member = json?["members"]?[0]?["id"]?.GetValue<string>() ?? "unknown";
            return Json(HttpStatusCode.Created, new JsonObject { ["id"] = PersonalConversationFor(member) });
        }

        calls.Enqueue(new CapturedCall(request.Method.Method, path, json, At: at));
        return Json(HttpStatusCode.OK, new JsonObject { ["id"] = "msg-" + Interlocked.Increment(ref nextId) });
    }

    private static HttpResponseMessage Json(HttpStatusCode status, JsonObject body) =>
        new(status) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
}
