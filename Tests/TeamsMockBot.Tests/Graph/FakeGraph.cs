using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TimeZoneConverter;

namespace TeamsMockBot.Tests.Graph;

/// <summary>
/// Microsoft Graph v1.0 as far as the bot uses it, on 127.0.0.1: people, mailbox settings, free/busy, events
/// with a Teams meeting, meeting chat installs and transcripts. Every request is checked against the official
/// contract (<see cref="GraphContract"/>, the bearer token from <see cref="FakeManagedIdentity"/>, a well-formed
/// <c>Prefer: outlook.timezone</c>) and answered with the docs' example payloads filled in for the test's people.
/// A broken request is answered 400 and kept in <see cref="Violations"/>, which every test asserts is empty.
/// </summary>
public sealed class FakeGraph : IAsyncDisposable
{
    public const string CatalogAppId = "a2b3c4d5-0000-4000-8000-00000000c0de";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, FakeUser> _users = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<(string Email, DateTimeOffset Start, DateTimeOffset End, string Status)> _busy = new();
    private readonly ConcurrentDictionary<string, FakeEvent> _events = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _installedIn = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<GraphRequest> _requests = new();
    private readonly ConcurrentQueue<string> _violations = new();
    private readonly Lock _gate = new();
    private int _throttleNext;
    private int _unavailableNext;
    private int _retryAfterSeconds;
    private int _dropNextEventAnswers;

    private FakeGraph(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/v1.0");

    public IReadOnlyList<GraphRequest> Requests => [.. _requests];

    public IReadOnlyList<string> Violations => [.. _violations];

    /// <summary>Events in the calendars, cancelled ones included (a cancelled event is gone for Graph's callers).</summary>
    public IReadOnlyList<FakeEvent> Events => [.. _events.Values.OrderBy(e => e.Created)];

    /// <summary>Graph sometimes answers a new event before its Teams meeting is filled in: <c>onlineMeeting</c> null in the 201.</summary>
    public bool MeetingArrivesLate { get; set; }

    /// <summary><c>GET</c> of an event answers 503 (with the SDK's retries, every time).</summary>
    public bool EventReadsFail { get; set; }

    /// <summary>What <c>POST /chats/{id}/installedApps</c> answers a first install with: 201 unless a test makes it refuse.</summary>
    public HttpStatusCode InstallStatus { get; set; } = HttpStatusCode.Created;

    public static async Task<FakeGraph> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var graph = new FakeGraph(app);
        app.Run(graph.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        graph.BaseUrl = new Uri(address.TrimEnd('/') + "/v1.0");
        return graph;
    }

    public FakeUser AddUser(string id, string mail, string name, string? mailboxTimeZone = "Pacific Standard Time", string? workingHoursTimeZone = null,
        string start = "08:00:00.0000000", string end = "17:00:00.0000000", string? userPrincipalName = null)
    {
        var user = new FakeUser(id, mail, name, mailboxTimeZone, workingHoursTimeZone ?? mailboxTimeZone ?? "UTC", start, end, userPrincipalName ?? mail);
        _users[id] = user;
        _users[mail] = user;
        return user;
    }

    public void AddBusy(string email, DateTimeOffset start, DateTimeOffset end, string status = "busy") => _busy.Enqueue((email, start, end, status));

    /// <summary>The next <paramref name="count"/> requests are answered 429 with <c>Retry-After: seconds</c> and the docs' throttling body.</summary>
    public void ThrottleNext(int count, int retryAfterSeconds)
    {
        _retryAfterSeconds = retryAfterSeconds;
        Volatile.Write(ref _throttleNext, count);
    }

    /// <summary>When set, <see cref="ThrottleNext"/> and <see cref="UnavailableNext"/> apply only to requests of this template (e.g. <c>/users/{user-id}/events</c>).</summary>
    public string? FaultsOnly { get; set; }

    /// <summary>The next <paramref name="count"/> requests are answered 503 serviceNotAvailable with <c>Retry-After: 1</c> (Graph's answer when a service is briefly down).</summary>
    public void UnavailableNext(int count) => Volatile.Write(ref _unavailableNext, count);

    /// <summary>The next event POST is carried out, but the connection is closed instead of answering (a lost response).</summary>
    public void DropNextEventAnswer() => Volatile.Write(ref _dropNextEventAnswers, 1);

    public void GiveTranscript(string eventId) => _events[eventId].HasTranscript = true;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext http)
    {
        var arrived = Stopwatch.GetTimestamp();
        var request = http.Request;
        var text = await new StreamReader(request.Body).ReadToEndAsync();
        JsonNode? body = null;
        var problems = new List<string>();
        if (text.Length > 0)
        {
            try
            {
                body = JsonNode.Parse(text);
            }
            catch (System.Text.Json.JsonException)
            {
                problems.Add($"{request.Method} {request.Path}: body is not JSON");
            }
        }

        var fullPath = request.Path.Value ?? "/";
        var path = fullPath.StartsWith("/v1.0/", StringComparison.Ordinal) ? fullPath["/v1.0".Length..] : fullPath;
        var template = GraphContract.V1.Template(path);
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        _requests.Enqueue(new GraphRequest(request.Method, path, template, request.QueryString.Value ?? string.Empty, headers, body, arrived));

        if (!fullPath.StartsWith("/v1.0/", StringComparison.Ordinal))
        {
            problems.Add($"{request.Method} {fullPath}: not under /v1.0");
        }

        if (request.Headers.Authorization != "Bearer " + FakeManagedIdentity.AccessToken)
        {
            _violations.Enqueue($"{request.Method} {path}: Authorization is not the managed identity's bearer token ('{request.Headers.Authorization}')");
            await ErrorAsync(http, HttpStatusCode.Unauthorized, "InvalidAuthenticationToken", "Access token is empty.");
            return;
        }

        problems.AddRange(GraphContract.V1.Check(request.Method, path, request.Query.Keys, body));
        if (headers.TryGetValue("Prefer", out var prefer) && PreferredZone(prefer) is null)
        {
            problems.Add($"{request.Method} {path}: Prefer '{prefer}' is not outlook.timezone=\"<a known time zone>\"");
        }

        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                _violations.Enqueue(problem);
            }

            await ErrorAsync(http, HttpStatusCode.BadRequest, "BadRequest", string.Join("; ", problems));
            return;
        }

        var faultable = FaultsOnly is null || template == FaultsOnly;
        if (faultable && Interlocked.Decrement(ref _throttleNext) >= 0)
        {
            http.Response.Headers.RetryAfter = _retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            await JsonAsync(http, HttpStatusCode.TooManyRequests, Example("throttling-429.response.json"));
            return;
        }

        if (faultable)
        {
            Interlocked.Exchange(ref _throttleNext, 0);
        }

        if (faultable && Interlocked.Decrement(ref _unavailableNext) >= 0)
        {
            http.Response.Headers.RetryAfter = "1";
            await ErrorAsync(http, HttpStatusCode.ServiceUnavailable, "serviceNotAvailable", "The service is temporarily unavailable.");
            return;
        }

        if (faultable)
        {
            Interlocked.Exchange(ref _unavailableNext, 0);
        }
        var segments = path.Trim('/').Split('/');
        var zone = prefer is null ? "UTC" : PreferredZone(prefer)!;
        try
        {
            await RouteAsync(http, template, segments, body, prefer, zone);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            _violations.Enqueue($"{request.Method} {path}: the fake failed: {error}");
            throw;
        }
    }

    private Task RouteAsync(HttpContext http, string? template, string[] segments, JsonNode? body, string? prefer, string zone)
    {
        var request = http.Request;
        return (request.Method, template) switch
        {
            ("GET", "/users/{user-id}") => GetUserAsync(http, segments[1]),
            ("GET", "/users/{user-id}/mailboxSettings") => MailboxSettingsAsync(http, segments[1]),
            ("POST", "/users/{user-id}/calendar/getSchedule") => RequirePrefer(http, prefer) ?? ScheduleAsync(http, segments[1], body!.AsObject(), zone),
            ("POST", "/users/{user-id}/events") => RequirePrefer(http, prefer) ?? CreateEventAsync(http, segments[1], body!.AsObject(), zone),
            ("GET", "/users/{user-id}/events/{event-id}") when EventReadsFail => ErrorAsync(http, HttpStatusCode.ServiceUnavailable, "ServiceNotAvailable", "Service unavailable."),
            ("GET", "/users/{user-id}/events/{event-id}") => EventAsync(http, segments[1], segments[3], e => JsonAsync(http, HttpStatusCode.OK, EventJson(e, zone))),
            ("PATCH", "/users/{user-id}/events/{event-id}") => EventAsync(http, segments[1], segments[3], e => MoveAsync(http, e, body!.AsObject(), zone)),
            ("POST", "/users/{user-id}/events/{event-id}/cancel") => EventAsync(http, segments[1], segments[3], e => CancelAsync(http, e, body!.AsObject())),
            ("POST", "/chats/{chat-id}/installedApps") => InstallAsync(http, segments[1], body!.AsObject()),
            ("GET", "/users/{user-id}/onlineMeetings") => OnlineMeetingsAsync(http, segments[1], request.Query["$filter"].ToString()),
            ("GET", "/users/{user-id}/onlineMeetings/{onlineMeeting-id}/transcripts") => TranscriptsAsync(http, segments[1], segments[3]),
            ("GET", "/users/{user-id}/onlineMeetings/{onlineMeeting-id}/transcripts/{callTranscript-id}/content") => TranscriptContentAsync(http, request.Query["$format"].ToString()),
            _ => ErrorAsync(http, HttpStatusCode.NotImplemented, "NotImplemented", $"The fake does not serve {request.Method} {template}."),
        };
    }

    private Task? RequirePrefer(HttpContext http, string? prefer)
    {
        if (prefer is not null)
        {
            return null;
        }

        _violations.Enqueue($"{http.Request.Method} {http.Request.Path}: the bot sends times in a zone, so it must say which with Prefer: outlook.timezone");
        return ErrorAsync(http, HttpStatusCode.BadRequest, "BadRequest", "Prefer: outlook.timezone expected.");
    }

    private Task GetUserAsync(HttpContext http, string idOrMail)
    {
        if (!_users.TryGetValue(idOrMail, out var user))
        {
            return ErrorAsync(http, HttpStatusCode.NotFound, "Request_ResourceNotFound", $"Resource '{idOrMail}' does not exist or one of its queried reference-property objects are not present.");
        }

        return JsonAsync(http, HttpStatusCode.OK, new JsonObject
        {
            ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#users(id,displayName,mail,userPrincipalName)/$entity",
            ["id"] = user.Id,
            ["displayName"] = user.Name,
            ["mail"] = user.Mail,
            ["userPrincipalName"] = user.UserPrincipalName,
        });
    }

    private Task MailboxSettingsAsync(HttpContext http, string idOrMail)
    {
        if (!_users.TryGetValue(idOrMail, out var user))
        {
            return ErrorAsync(http, HttpStatusCode.NotFound, "Request_ResourceNotFound", $"Resource '{idOrMail}' does not exist.");
        }

        if (user.MailboxTimeZone is null)
        {
            return ErrorAsync(http, HttpStatusCode.NotFound, "MailboxNotEnabledForRESTAPI", "The mailbox is either inactive, soft-deleted, or is hosted on-premise.");
        }

        var settings = Example("get-mailboxsettings.response.json");
        settings["@odata.context"] = $"https://graph.microsoft.com/v1.0/$metadata#users('{user.Id}')/mailboxSettings";
        settings["timeZone"] = user.MailboxTimeZone;
        settings["workingHours"] = WorkingHours(user);
        var select = http.Request.Query["$select"].ToString();
        if (select.Length > 0)
        {
            // Only what was asked, as Graph does. (The docs example's "userPurpose" object is not the v1.0 enum; see Tests/Contracts/graph/README.md.)
            var wanted = select.Split(',').ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var name in settings.Select(p => p.Key).Where(k => !k.StartsWith('@') && !wanted.Contains(k)).ToList())
            {
                settings.Remove(name);
            }
        }

        return JsonAsync(http, HttpStatusCode.OK, settings);
    }

    private Task ScheduleAsync(HttpContext http, string callerId, JsonObject body, string zone)
    {
        if (!_users.ContainsKey(callerId))
        {
            return ErrorAsync(http, HttpStatusCode.NotFound, "ErrorInvalidUser", $"The requested user '{callerId}' is invalid.");
        }

        var start = ToUtc(Property(body, "startTime")!.AsObject());
        var end = ToUtc(Property(body, "endTime")!.AsObject());
        var interval = (int?)Property(body, "availabilityViewInterval") ?? 30;
        var example = Example("getschedule.response.json");
        var template = example["value"]![0]!.AsObject();
        var answers = new JsonArray();
        foreach (var email in Property(body, "schedules")!.AsArray().Select(s => (string)s!))
        {
            if (!_users.TryGetValue(email, out var user) || user.MailboxTimeZone is null)
            {
                answers.Add(new JsonObject { ["scheduleId"] = email, ["error"] = new JsonObject { ["message"] = "The requested user is invalid.", ["responseCode"] = "ErrorInvalidUser" } });
                continue;
            }

            var items = BusyOf(user).Where(b => b.Start < end && start < b.End).OrderBy(b => b.Start).ToList();
            var answer = template.DeepClone().AsObject();
            answer["scheduleId"] = email;
            answer["availabilityView"] = AvailabilityView(items, start, end, interval);
            answer["scheduleItems"] = new JsonArray([.. items.Select(i => (JsonNode)new JsonObject
            {
                ["isPrivate"] = false,
                ["status"] = i.Status,
                ["subject"] = "Busy",
                ["start"] = WallClock(i.Start, zone),
                ["end"] = WallClock(i.End, zone),
            })]);
            answer["workingHours"] = WorkingHours(user);
            answers.Add(answer);
        }

        example["value"] = answers;
        return JsonAsync(http, HttpStatusCode.OK, example);
    }

    private async Task CreateEventAsync(HttpContext http, string organizerId, JsonObject body, string zone)
    {
        if (!_users.TryGetValue(organizerId, out var organizer) || organizer.MailboxTimeZone is null)
        {
            await ErrorAsync(http, HttpStatusCode.NotFound, "MailboxNotEnabledForRESTAPI", "The mailbox is either inactive, soft-deleted, or is hosted on-premise.");
            return;
        }

        FakeEvent created;
        lock (_gate)
        {
            var transactionId = (string?)body["transactionId"];
            created = _events.Values.FirstOrDefault(e => transactionId is not null && e.OrganizerId == organizer.Id && e.TransactionId == transactionId)
                ?? NewEvent(organizer, body, transactionId);
        }

        if (Interlocked.Exchange(ref _dropNextEventAnswers, 0) == 1)
        {
            http.Abort(); // the event exists; the answer never arrives
            return;
        }

        var answer = EventJson(created, zone);
        if (MeetingArrivesLate)
        {
            answer["onlineMeeting"] = null;
        }

        await JsonAsync(http, HttpStatusCode.Created, answer);
    }

    private FakeEvent NewEvent(FakeUser organizer, JsonObject body, string? transactionId)
    {
        var thread = $"19:meeting_{Convert.ToBase64String(Guid.NewGuid().ToByteArray()).TrimEnd('=').Replace('+', 'A').Replace('/', 'B')}@thread.v2";
        var created = new FakeEvent
        {
            Id = "AAMkAGI1AAAt" + Guid.NewGuid().ToString("N")[..12] + "AAA=",
            OrganizerId = organizer.Id,
            Organizer = organizer,
            TransactionId = transactionId,
            Request = body.DeepClone().AsObject(),
            Start = ToUtc(body["start"]!.AsObject()),
            End = ToUtc(body["end"]!.AsObject()),
            ChatThreadId = thread,
            JoinUrl = "https://teams.microsoft.com/l/meetup-join/" + Uri.EscapeDataString(thread).Replace("%3A", "%3a", StringComparison.Ordinal)
                + "/0?context=%7b%22Tid%22%3a%2272f988bf-86f1-41af-91ab-2d7cd011db47%22%2c%22Oid%22%3a%22" + organizer.Id + "%22%7d",
            Created = Stopwatch.GetTimestamp(),
        };
        _events[created.Id] = created;
        return created;
    }

    private Task EventAsync(HttpContext http, string organizerId, string eventId, Func<FakeEvent, Task> then)
    {
        if (!_events.TryGetValue(eventId, out var found) || found.Cancelled || !(found.OrganizerId == organizerId || found.Organizer.Mail == organizerId))
        {
            return ErrorAsync(http, HttpStatusCode.NotFound, "ErrorItemNotFound", "The specified object was not found in the store.");
        }

        return then(found);
    }

    private Task MoveAsync(HttpContext http, FakeEvent found, JsonObject body, string zone)
    {
        found.Start = body["start"] is JsonObject start ? ToUtc(start) : found.Start;
        found.End = body["end"] is JsonObject end ? ToUtc(end) : found.End;
        found.Changes++;
        return JsonAsync(http, HttpStatusCode.OK, EventJson(found, zone));
    }

    private Task CancelAsync(HttpContext http, FakeEvent found, JsonObject body)
    {
        found.Cancelled = true;
        found.CancelComment = (string?)Property(body, "comment");
        http.Response.StatusCode = StatusCodes.Status202Accepted;
        return Task.CompletedTask;
    }

    private Task InstallAsync(HttpContext http, string chatId, JsonObject body)
    {
        var bind = (string?)body["teamsApp@odata.bind"];
        if (bind is null || !bind.EndsWith("/appCatalogs/teamsApps/" + CatalogAppId, StringComparison.Ordinal) || !Uri.TryCreate(bind, UriKind.Absolute, out _))
        {
            _violations.Enqueue($"POST /chats/{chatId}/installedApps: teamsApp@odata.bind '{bind}' is not the catalog app's URL");
            return ErrorAsync(http, HttpStatusCode.BadRequest, "BadRequest", "Invalid bind.");
        }

        if (!_events.Values.Any(e => e.ChatThreadId == chatId))
        {
            return ErrorAsync(http, HttpStatusCode.NotFound, "NotFound", "Chat not found.");
        }

        if (InstallStatus == HttpStatusCode.Forbidden)
        {
            return ErrorAsync(http, HttpStatusCode.Forbidden, "Forbidden", "Missing role permissions on the request. API requires one of 'TeamsAppInstallation.ReadWriteSelfForChat.All'.");
        }

        if (!_installedIn.TryAdd(chatId, 0))
        {
            return ErrorAsync(http, HttpStatusCode.Conflict, "Conflict", "App is already installed in this chat.");
        }

        http.Response.StatusCode = StatusCodes.Status201Created;
        return Task.CompletedTask;
    }

    private Task OnlineMeetingsAsync(HttpContext http, string organizerId, string filter)
    {
        const string prefix = "JoinWebUrl eq '";
        if (!filter.StartsWith(prefix, StringComparison.Ordinal) || !filter.EndsWith('\''))
        {
            _violations.Enqueue($"GET /users/{organizerId}/onlineMeetings: $filter must be JoinWebUrl eq '…' with application permissions, not '{filter}'");
            return ErrorAsync(http, HttpStatusCode.BadRequest, "BadRequest", "Filter expected.");
        }

        var url = filter[prefix.Length..^1].Replace("''", "'", StringComparison.Ordinal);
        var meetings = _events.Values.Where(e => e.OrganizerId == organizerId && e.JoinUrl == url)
            .Select(e => (JsonNode)new JsonObject { ["id"] = "MSo" + e.Id, ["joinWebUrl"] = e.JoinUrl, ["subject"] = (string?)e.Request["subject"] });
        return JsonAsync(http, HttpStatusCode.OK, new JsonObject
        {
            ["@odata.context"] = $"https://graph.microsoft.com/v1.0/$metadata#users('{organizerId}')/onlineMeetings",
            ["value"] = new JsonArray([.. meetings]),
        });
    }

    private Task TranscriptsAsync(HttpContext http, string organizerId, string meetingId)
    {
        if (!meetingId.StartsWith("MSo", StringComparison.Ordinal) || !_events.TryGetValue(meetingId[3..], out var meeting) || meeting.OrganizerId != organizerId)
        {
            return ErrorAsync(http, HttpStatusCode.NotFound, "NotFound", "Meeting not found.");
        }

        var list = Example("list-transcripts.response.json");
        if (!meeting.HasTranscript)
        {
            list["value"] = new JsonArray();
            list["@odata.count"] = 0;
        }

        return JsonAsync(http, HttpStatusCode.OK, list);
    }

    private async Task TranscriptContentAsync(HttpContext http, string format)
    {
        if (format != "text/vtt")
        {
            _violations.Enqueue($"transcript content asked as '{format}', not $format=text/vtt");
        }

        http.Response.ContentType = "text/vtt";
        await http.Response.WriteAsync(await File.ReadAllTextAsync(GraphContract.ContractFile("get-calltranscript-content.vtt")));
    }

    private IEnumerable<(DateTimeOffset Start, DateTimeOffset End, string Status)> BusyOf(FakeUser user) =>
        _busy.Where(b => string.Equals(b.Email, user.Mail, StringComparison.OrdinalIgnoreCase)).Select(b => (b.Start, b.End, b.Status))
            .Concat(_events.Values.Where(e => !e.Cancelled && (e.OrganizerId == user.Id || Attendees(e).Contains(user.Mail, StringComparer.OrdinalIgnoreCase)))
                .Select(e => (e.Start, e.End, "busy")));

    private static IEnumerable<string> Attendees(FakeEvent e) =>
        e.Request["attendees"]?.AsArray().Select(a => (string?)a?["emailAddress"]?["address"]).OfType<string>() ?? [];

    private static string AvailabilityView(List<(DateTimeOffset Start, DateTimeOffset End, string Status)> items, DateTimeOffset start, DateTimeOffset end, int minutes)
    {
        var view = new System.Text.StringBuilder();
        for (var at = start; at < end; at += TimeSpan.FromMinutes(minutes))
        {
            var next = at + TimeSpan.FromMinutes(minutes);
            view.Append(items.Any(i => i.Start < next && at < i.End) ? '2' : '0');
        }

        return view.ToString();
    }

    private JsonObject EventJson(FakeEvent e, string zone)
    {
        var json = Example("create-event-online-meeting.response.json");
        json["@odata.context"] = $"https://graph.microsoft.com/v1.0/$metadata#users('{e.OrganizerId}')/events/$entity";
        json["id"] = e.Id;
        json["subject"] = e.Request["subject"]?.DeepClone();
        json["body"] = e.Request["body"]?.DeepClone();
        json["bodyPreview"] = ((string?)e.Request["body"]?["content"] ?? string.Empty)[..Math.Min(255, ((string?)e.Request["body"]?["content"] ?? string.Empty).Length)];
        json["originalStartTimeZone"] = (string?)e.Request["start"]?["timeZone"];
        json["originalEndTimeZone"] = (string?)e.Request["end"]?["timeZone"];
        json["start"] = WallClock(e.Start, zone);
        json["end"] = WallClock(e.End, zone);
        json["attendees"] = new JsonArray([.. Attendees(e).Select(a => (JsonNode)new JsonObject
        {
            ["type"] = "required",
            ["status"] = new JsonObject { ["response"] = "none", ["time"] = "0001-01-01T00:00:00Z" },
            ["emailAddress"] = new JsonObject { ["name"] = a, ["address"] = a },
        })]);
        json["organizer"] = new JsonObject { ["emailAddress"] = new JsonObject { ["name"] = e.Organizer.Name, ["address"] = e.Organizer.Mail } };
        json["transactionId"] = e.TransactionId;
        json["allowNewTimeProposals"] = (bool?)e.Request["allowNewTimeProposals"] ?? true;
        json["isCancelled"] = e.Cancelled;
        json["onlineMeeting"]!["joinUrl"] = e.JoinUrl;
        json.Remove("location");
        json.Remove("locations");
        return json;
    }

    private static JsonObject WorkingHours(FakeUser user) => new()
    {
        ["daysOfWeek"] = new JsonArray("monday", "tuesday", "wednesday", "thursday", "friday"),
        ["startTime"] = user.WorkStart,
        ["endTime"] = user.WorkEnd,
        ["timeZone"] = new JsonObject { ["name"] = user.WorkingHoursTimeZone },
    };

    private static JsonObject WallClock(DateTimeOffset instant, string zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, TZConvert.GetTimeZoneInfo(zone));
        return new JsonObject { ["dateTime"] = local.ToString("yyyy-MM-ddTHH:mm:ss.fffffff", CultureInfo.InvariantCulture), ["timeZone"] = zone };
    }

    /// <summary>A Graph <c>dateTimeTimeZone</c> as an instant, the way Exchange reads it (Windows or IANA zone names).</summary>
    public static DateTimeOffset ToUtc(JsonObject value)
    {
        var local = DateTime.Parse((string)value["dateTime"]!, CultureInfo.InvariantCulture, DateTimeStyles.None);
        var zone = TZConvert.GetTimeZoneInfo((string?)value["timeZone"] ?? "UTC");
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }

    private static string? PreferredZone(string prefer)
    {
        const string prefix = "outlook.timezone=\"";
        if (!prefer.StartsWith(prefix, StringComparison.Ordinal) || !prefer.EndsWith('"'))
        {
            return null;
        }

        var zone = prefer[prefix.Length..^1];
        return TZConvert.TryGetTimeZoneInfo(zone, out _) ? zone : null;
    }

    private static JsonNode? Property(JsonObject body, string name) =>
        body.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static JsonObject Example(string name) => JsonNode.Parse(File.ReadAllText(GraphContract.ContractFile(name)))!.AsObject();

    private static Task ErrorAsync(HttpContext http, HttpStatusCode status, string code, string message) =>
        JsonAsync(http, status, new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = message,
                ["innerError"] = new JsonObject { ["date"] = "2026-11-25T15:00:00", ["request-id"] = Guid.NewGuid().ToString(), ["client-request-id"] = Guid.NewGuid().ToString() },
            },
        });

    private static async Task JsonAsync(HttpContext http, HttpStatusCode status, JsonObject json)
    {
        http.Response.StatusCode = (int)status;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(json.ToJsonString());
    }
}

/// <summary>A person in the fake tenant; <see cref="MailboxTimeZone"/> null means they have no Exchange Online mailbox.</summary>
public sealed record FakeUser(string Id, string Mail, string Name, string? MailboxTimeZone, string WorkingHoursTimeZone, string WorkStart, string WorkEnd, string UserPrincipalName);

/// <summary>One request as the fake received it; <see cref="Arrived"/> is a <see cref="Stopwatch"/> timestamp.</summary>
public sealed record GraphRequest(string Method, string Path, string? Template, string Query, IReadOnlyDictionary<string, string> Headers, JsonNode? Body, long Arrived);

/// <summary>An event in the fake's calendars.</summary>
public sealed class FakeEvent
{
    public required string Id { get; init; }

    public required string OrganizerId { get; init; }

    public required FakeUser Organizer { get; init; }

    public string? TransactionId { get; init; }

    /// <summary>The body of the POST that made it.</summary>
    public required JsonObject Request { get; init; }

    public DateTimeOffset Start { get; set; }

    public DateTimeOffset End { get; set; }

    public required string ChatThreadId { get; init; }

    public required string JoinUrl { get; init; }

    public long Created { get; init; }

    public int Changes { get; set; }

    public bool Cancelled { get; set; }

    public string? CancelComment { get; set; }

    public bool HasTranscript { get; set; }
}
