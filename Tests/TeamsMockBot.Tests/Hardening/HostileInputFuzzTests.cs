using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Meeting;
using TeamsMockBot.Storage;
using TeamsMockBot.Tests.Infrastructure;
using Xunit.Abstractions;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Hardening;

/// <summary>
/// A bounded, seeded fuzz of everything a caller can send (in process, through the test server: loopback
/// only): at least 10,000 activities, card payloads and HTTP requests that are malformed, oversized,
/// deeply nested, full of unicode edge cases and path traversal, replayed, reordered and pointed at
/// other sessions. No 5xx, no unexpected exception or error in the log, every stored document still
/// parses and sits inside the store, and the bot still answers a normal <c>mock</c>. Prints the seed
/// (set <c>FUZZ_SEED</c> to replay a run) and the counts per category and status code.
/// </summary>
public sealed class HostileInputFuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Requests = 10_000;
    private const string EscapeMarker = "tmb-fuzz-escaped";

    // Written into strings as placeholders and swapped for raw JSON escapes after serialising, because
    // System.Text.Json will not write a lone surrogate or NUL itself; Teams' JSON can carry them.
    private const string LoneHigh = "\u00a7LONEHIGH\u00a7";
    private const string LoneLow = "\u00a7LONELOW\u00a7";
    private const string Nul = "\u00a7NUL\u00a7";

    private static readonly string[] Unicode =
    [
        LoneHigh, LoneLow, LoneHigh + LoneHigh, "a" + LoneLow + "b", Nul, "x" + Nul + "y",
        "\u202Eevil\u202C", "\u200F\u05de\u05d1\u05d7\u05df", "\u0645\u0642\u0627\u0628\u0644\u0629", "zero\u200Bwidth\u200D\u2060\uFEFF",
        "e\u0301\u0301\u0301\u0301\u0301", "\U0001F469\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466", "\uFFFD\uFFFF\uFFFE", "\u0007\u001B[31m\r\n\t",
        "<at>Sam</at>", "**bold** [prize](https://evil.example) ![x](https://evil.example/x.png)", "{{TIME(2026-01-01T00:00:00Z)}}", "${sessionId}",
        "'; DROP TABLE sessions; --", "<script>alert(1)</script>", "\\u0000", "%00", "\u1680\u2028\u2029",
    ];

    private static readonly string[] Traversal =
    [
        "../../../../" + EscapeMarker, "..%2f..%2f" + EscapeMarker, "%2e%2e%2f%2e%2e%2f" + EscapeMarker, "%252e%252e%252f" + EscapeMarker,
        "/tmp/" + EscapeMarker, "C:\\Windows\\" + EscapeMarker, "..\\..\\" + EscapeMarker, "sessions/../../" + EscapeMarker, "./.", "..", ".",
        "/", "//", "\\\\server\\share", "con", "aux.json", "a/b/c", "x" + Nul + "/../" + EscapeMarker, "%2F%2F" + EscapeMarker, "~/" + EscapeMarker,
        new string('a', 65), new string('b', 300), " ", "\t",
    ];

    private static readonly string[] Verbs =
    [
        .. typeof(CardVerbs).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!),
        "", "session.", "SESSION.START", "session.start ", "unknown.verb", "../session.start",
    ];

    private readonly BotHost _host = new(settings: new Dictionary<string, string>
    {
        ["Logging:LogLevel:Default"] = "Warning", // the capturing logger keeps what matters; ten thousand information lines would only slow the run
        ["Logging:Console:LogLevel:Default"] = "None", // thousands of expected refusals; the test prints its own summary
    });

    private readonly Dictionary<string, Dictionary<int, int>> _counts = new(StringComparer.Ordinal);
    private readonly List<JsonNode> _sent = [];
    private readonly List<string> _serverErrorSamples = [];
    private readonly List<string> _sessions = [];
    private Random _random = null!;
    private int _total;

    public Task InitializeAsync()
    {
        _host.Teams.Roster.Add(Mentor);
        _host.Teams.Roster.Add(Student);
        _host.Teams.Roster.Add(Bystander);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _host.DeleteData();
    }

    [Fact]
    public async Task Fuzz_TenThousandHostileRequests_NoServerErrorNoUnexpectedExceptionStoreIntactAndBotStillAnswers()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 20261202;
        output.WriteLine($"Fuzz seed: {seed} (FUZZ_SEED={seed} replays this run)");
        _random = new Random(seed);
        var clock = Stopwatch.StartNew();

        // Real sessions in every stage, so hostile clicks land on something that exists.
        for (var i = 0; i < 4; i++)
        {
            _sessions.Add(await CreateSessionAsync("msg-fuzz-setup-" + i, start: i > 0, end: i > 1, feedback: i > 2));
        }

        var generators = new (string Category, Func<Task> Send)[]
        {
            ("not an activity", SendRawGarbageAsync),
            ("wrong types", () => SendActivityAsync("wrong types", WrongType(ValidActivity()))),
            ("missing fields", () => SendActivityAsync("missing fields", MissingField(ValidActivity()))),
            ("huge strings", SendHugeAsync),
            ("deep JSON", SendDeepAsync),
            ("unicode", () => SendActivityAsync("unicode", WithStrings(ValidActivity(), Unicode))),
            ("path traversal", () => SendActivityAsync("path traversal", WithIds(ValidActivity(), Traversal))),
            ("replayed", SendReplayAsync),
            ("reordered", SendReorderedAsync),
            ("cross-session", SendCrossSessionAsync),
            ("garbage data", () => SendActivityAsync("garbage data", GarbageData())),
            ("http endpoints", SendHttpAsync),
        };

        while (_total < Requests)
        {
            var (_, send) = generators[_random.Next(generators.Length)];
            await send();
        }

        // The bot still works: a normal mock, and a normal click on a real session.
        using var mock = await _host.PostActivityAsync(GroupMessage(Mentor, "<at>TeamsMockBot</at> mock"));
        Assert.Equal(200, (int)mock.StatusCode);
        Assert.Contains(CardVerbs.CreateSession, CardJson.Verbs(_host.Teams.Calls.Last(c => c.ConversationId == GroupChatId && c.Card is not null).Card!));
        var fresh = await CreateSessionAsync("msg-fuzz-after", start: true, end: false, feedback: false);
        Assert.Equal(SessionStage.Interviewing, (await _host.SessionAsync(fresh))!.Stage);

        clock.Stop();
        PrintCounts(clock.Elapsed);

        var logs = _host.Logs.GetSnapshot();
        var unexpected = logs.Where(r => r.Level >= LogLevel.Error || r.Message.Contains("(unexpected)", StringComparison.Ordinal))
            .GroupBy(r => $"[{r.Level}] {r.Category}: {r.Exception?.GetType().Name}: {r.Exception?.Message} at {r.Exception?.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}")
            .Select(g => $"{g.Count()} × {g.Key}").Take(30).ToList();
        foreach (var line in unexpected)
        {
            output.WriteLine(line);
        }

        Assert.True(_total >= 10_000);
        var serverErrors = _counts.SelectMany(c => c.Value.Where(v => v.Key >= 500).Select(v => $"{c.Key}: {v.Value} × {v.Key}")).ToList();
        Assert.True(serverErrors.Count == 0, "5xx answers: " + string.Join("; ", serverErrors) + "\nFor example:\n" + string.Join("\n", _serverErrorSamples));

        Assert.True(unexpected.Count == 0, "Unexpected errors in the log:\n" + string.Join("\n", unexpected));

        AssertStoreIntact();
    }

    // ---- the generators ----

    private async Task SendRawGarbageAsync()
    {
        string[] bodies =
        [
            "", "null", "[]", "42", "\"text\"", "{", "{\"type\":", "{}", "{\"serviceUrl\":null}", "{\"serviceUrl\":42}", "{\"serviceUrl\":{}}",
            "{\"serviceUrl\":\"" + ServiceUrl + "\"}", "{\"serviceUrl\":\"" + ServiceUrl + "\",\"type\":\"invoke\"}", "\u00ff\u00fe\u0000", "{\"a\":1,\"a\":2}",
            "{\"serviceUrl\":\"" + ServiceUrl + "\",\"type\":\"message\",\"text\":\"mock\"}", "{\"serviceUrl\":\"javascript:alert(1)\"}",
            "{\"serviceUrl\":\"file:///etc/passwd\",\"type\":\"message\"}", "{\"serviceUrl\":\"http://169.254.169.254/\",\"type\":\"message\"}",
        ];
        var body = bodies[_random.Next(bodies.Length)];
        string[] types = ["application/json", "text/plain", "application/x-www-form-urlencoded", "application/json; charset=utf-16", "multipart/form-data"];
        await PostRawAsync("not an activity", Encoding.UTF8.GetBytes(body), types[_random.Next(types.Length)]);
    }

    private async Task SendHugeAsync()
    {
        var limit = 262_144;
        var over = _random.Next(3) == 0;
        var size = over ? limit + _random.Next(1, 200_000) : _random.Next(5_000, limit - 8_000);
        var activity = ValidActivity();
        var text = new string("xé€"[_random.Next(3)], over ? size : size / 6); // 1 to 6 bytes each once written as JSON (\u20ac)
        if (activity["value"]?["action"]?["data"] is JsonObject data)
        {
            data[new[] { CardInputs.Note, CardInputs.Focus, "strengths", CardInputs.SessionId, "junk" }[_random.Next(5)]] = text;
        }
        else
        {
            activity["text"] = text;
        }

        await SendActivityAsync(over ? "huge strings (over the limit)" : "huge strings", activity);
    }

    private async Task SendDeepAsync()
    {
        var depth = new[] { 32, 63, 64, 65, 200, 1_000, 5_000, 20_000 }[_random.Next(8)];
        var nested = new StringBuilder();
        var array = _random.Next(2) == 0;
        for (var i = 0; i < depth; i++)
        {
            nested.Append(array ? "[" : "{\"a\":");
        }

        nested.Append('1');
        for (var i = 0; i < depth; i++)
        {
            nested.Append(array ? "]" : "}");
        }

        var activity = ValidActivity();
        const string Slot = "\u00a7DEEP\u00a7";
        var where = _random.Next(4);
        var data = activity["value"]?["action"]?["data"] as JsonObject;
        if (where == 0 && data is not null)
        {
            data["deep"] = Slot;
        }
        else
        {
            activity[where switch { 1 => "channelData", 2 => "entities", _ => "value" }] = Slot;
        }

        var json = Serialize(activity).Replace("\"" + Slot + "\"", nested.ToString(), StringComparison.Ordinal);
        await PostRawAsync("deep JSON", Encoding.UTF8.GetBytes(json), "application/json");
    }

    private async Task SendReplayAsync()
    {
        if (_sent.Count == 0)
        {
            await SendActivityAsync("replayed", ValidActivity());
            return;
        }

        var again = _sent[_random.Next(_sent.Count)].DeepClone();
        await SendActivityAsync("replayed", again, remember: false);
    }

    /// <summary>A fresh session's controls clicked in a shuffled order with shuffled question numbers.</summary>
    private async Task SendReorderedAsync()
    {
        var sessionId = _sessions[_random.Next(_sessions.Count)];
        string[] controls = [CardVerbs.Start, CardVerbs.Next, CardVerbs.Skip, CardVerbs.Pause, CardVerbs.Resume, CardVerbs.AddMinute, CardVerbs.EndInterview,
            CardVerbs.OpenFeedback, CardVerbs.SwapRoles, CardVerbs.FollowUp, CardVerbs.Refresh, CardVerbs.ReleaseFeedback, CardVerbs.EditFeedback, CardVerbs.SubmitFeedback];
        var verb = controls[_random.Next(controls.Length)];
        var data = new JsonObject { [CardInputs.SessionId] = sessionId, [CardInputs.QuestionNumber] = _random.Next(-1, 5) };
        await SendActivityAsync("reordered", Invoke(Mentor, verb, data, "msg-fuzz-setup-" + _random.Next(4)));
    }

    /// <summary>A click on one session's card carrying another session's id, from another chat or person.</summary>
    private async Task SendCrossSessionAsync()
    {
        var sessionId = _sessions[_random.Next(_sessions.Count)];
        var verb = Verbs[_random.Next(Verbs.Length)];
        var who = new[] { Mentor, Student, Bystander }[_random.Next(3)];
        var data = new JsonObject { [CardInputs.SessionId] = sessionId, [CardInputs.QuestionNumber] = 1, [CardInputs.Note] = "cross" };
        var activity = _random.Next(2) == 0
            ? Invoke(who, verb, data, "msg-other-card", "personal")
            : Invoke(who, verb, data, "msg-other-card", "groupChat", "19:another-chat@thread.v2");
        await SendActivityAsync("cross-session", activity);
    }

    /// <summary>A real verb with data of the wrong shape: bad numbers, unknown choices, wrong JSON types.</summary>
    private JsonNode GarbageData()
    {
        var verb = Verbs[_random.Next(Verbs.Length)];
        var data = new JsonObject();
        string[] keys = [CardInputs.SessionId, CardInputs.QuestionNumber, CardInputs.Tag, CardInputs.TagState, CardInputs.Note, CardInputs.Candidate, CardInputs.Track,
            CardInputs.Format, CardInputs.Length, CardInputs.QuestionCount, CardInputs.Focus, CardInputs.SubmissionId, "rating-structure", "readiness", "interviewerScore"];
        foreach (var key in keys.Where(_ => _random.Next(2) == 0))
        {
            data[key] = RandomValue();
        }

        if (_random.Next(3) > 0)
        {
            data[CardInputs.SessionId] = _sessions[_random.Next(_sessions.Count)];
        }

        var personal = _random.Next(2) == 0;
        return Invoke(new[] { Mentor, Student, Bystander }[_random.Next(3)], verb, data, "msg-fuzz-setup-" + _random.Next(4), personal ? "personal" : "groupChat");
    }

    private async Task SendHttpAsync()
    {
        using var client = _host.CreateClient();
        var choice = _random.Next(5);
        HttpRequestMessage request;
        string category;
        if (choice == 0)
        {
            var token = _random.Next(2) == 0 ? Uri.EscapeDataString(Pick(Traversal)) : Pick(Traversal).Replace("/", "%2F", StringComparison.Ordinal);
            request = new HttpRequestMessage(HttpMethod.Get, "/privacy/exports/" + token);
            category = "http: export download";
        }
        else
        {
            var path = new[] { MeetingPanelEndpoints.PanelPath, MeetingPanelEndpoints.NotePath, MeetingPanelEndpoints.TagPath }[_random.Next(3)];
            var method = path == MeetingPanelEndpoints.PanelPath ? HttpMethod.Get : HttpMethod.Put;
            request = new HttpRequestMessage(method, path + "?chatId=" + Uri.EscapeDataString(Pick(Traversal.Concat(Unicode.Select(Clean)).ToArray())) + "&surface=" + Uri.EscapeDataString(Pick(["stage", "x", "", "STAGE"])));
            if (method == HttpMethod.Put)
            {
                var body = _random.Next(3) switch
                {
                    0 => "{\"questionNumber\":" + Json(RandomValue()) + ",\"text\":" + Json(RandomValue()) + "}",
                    1 => "{\"questionNumber\":1,\"tag\":" + Json(RandomValue()) + ",\"on\":" + Json(RandomValue()) + "}",
                    _ => Pick(["", "{", "[]", "null", "{\"questionNumber\":\"1\"}"]),
                };
                request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            }

            var scheme = Pick([PanelAuthentication.LinkScheme, PanelAuthentication.BearerScheme, "Basic", "PanelLink "]);
            var credential = Pick(["", "a.b.c", "eyJhbGciOiJub25lIn0.eyJvaWQiOiJ4In0.", new string('A', 5000), "x.y", Clean(Pick(Unicode)), Pick(Traversal)]);
            if (_random.Next(5) > 0)
            {
                request.Headers.TryAddWithoutValidation("Authorization", scheme + " " + credential);
            }

            category = "http: meeting panel";
        }

        using (request)
        {
            using var response = await client.SendAsync(request);
            Count(category, (int)response.StatusCode);
        }
    }

    // ---- activities and mutations ----

    private JsonNode ValidActivity()
    {
        var who = new[] { Mentor, Student, Bystander }[_random.Next(3)];
        var sessionId = _sessions[_random.Next(_sessions.Count)];
        return _random.Next(8) switch
        {
            0 => PersonalMessage(who, Pick(["mock", "help", "history", "export my data", "delete my data", "progress", ""])),
            1 => GroupMessage(who, "<at>TeamsMockBot</at> " + Pick(["mock", "history", "help", "mock @Sam"])),
            2 => BotAddedToPersonalChat(who),
            3 => MeetingStart(_host.Time.GetUtcNow()),
            4 => ParticipantEvent(_random.Next(2) == 0, _host.Time.GetUtcNow(), (who.Id, who.Name, Pick<string?>(["Organizer", "Attendee", null, "Nobody"]))),
            _ => Invoke(who, Verbs[_random.Next(Verbs.Length)], new JsonObject
            {
                [CardInputs.SessionId] = sessionId,
                [CardInputs.QuestionNumber] = _random.Next(0, 4),
                [CardInputs.Note] = "note",
                [CardInputs.SubmissionId] = "sub-" + _random.Next(10),
            }, "msg-fuzz-setup-" + _random.Next(4), _random.Next(2) == 0 ? "personal" : "groupChat"),
        };
    }

    private JsonNode WrongType(JsonNode activity)
    {
        var (parent, key) = RandomSlot(activity);
        if (parent is not null)
        {
            parent[key] = RandomValue(wrongTypeOnly: true);
        }

        return activity;
    }

    private JsonNode MissingField(JsonNode activity)
    {
        for (var i = _random.Next(1, 4); i > 0; i--)
        {
            var (parent, key) = RandomSlot(activity);
            parent?.Remove(key);
        }

        return activity;
    }

    private JsonNode WithStrings(JsonNode activity, string[] values)
    {
        foreach (var (parent, key) in StringSlots(activity).Where(_ => _random.Next(3) == 0).ToList())
        {
            if (key != "serviceUrl")
            {
                parent[key] = Pick(values) + (_random.Next(2) == 0 ? parent[key]!.ToString() : string.Empty);
            }
        }

        if (activity["value"]?["action"]?["data"] is JsonObject data)
        {
            data[Pick([CardInputs.Note, CardInputs.Focus, CardInputs.Candidate, CardInputs.SessionId])] = Pick(values) + Pick(values);
        }

        return activity;
    }

    private JsonNode WithIds(JsonNode activity, string[] ids)
    {
        string[][] paths = [["id"], ["from", "id"], ["from", "aadObjectId"], ["conversation", "id"], ["recipient", "id"], ["replyToId"], ["value", "action", "data", "sessionId"],
            ["value", "action", "data", "candidate"], ["channelData", "meeting", "id"], ["value", "action", "data", "submissionId"], ["channelData", "tenant", "id"]];
        foreach (var path in paths.Where(_ => _random.Next(2) == 0))
        {
            JsonNode? node = activity;
            for (var i = 0; i < path.Length - 1 && node is not null; i++)
            {
                node = node[path[i]];
            }

            if (node is JsonObject parent)
            {
                parent[path[^1]] = Pick(ids);
            }
        }

        return activity;
    }

    private (JsonObject? Parent, string Key) RandomSlot(JsonNode activity)
    {
        var slots = new List<(JsonObject, string)>();
        Collect(activity, slots, 0);
        return slots.Count == 0 ? (null, string.Empty) : slots[_random.Next(slots.Count)];
    }

    private static void Collect(JsonNode? node, List<(JsonObject, string)> slots, int depth)
    {
        if (node is JsonObject obj && depth < 8)
        {
            foreach (var (key, child) in obj.ToList())
            {
                slots.Add((obj, key));
                Collect(child, slots, depth + 1);
            }
        }
        else if (node is JsonArray array && depth < 8)
        {
            foreach (var child in array)
            {
                Collect(child, slots, depth + 1);
            }
        }
    }

    private static IEnumerable<(JsonObject Parent, string Key)> StringSlots(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            foreach (var (key, child) in obj.ToList())
            {
                if (child is JsonValue value && value.TryGetValue<string>(out _))
                {
                    yield return (obj, key);
                }
                else
                {
                    foreach (var inner in StringSlots(child))
                    {
                        yield return inner;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var inner in array.SelectMany(StringSlots))
            {
                yield return inner;
            }
        }
    }

    private JsonNode? RandomValue(bool wrongTypeOnly = false)
    {
        var choice = _random.Next(wrongTypeOnly ? 7 : 12);
        return choice switch
        {
            0 => null,
            1 => JsonValue.Create(_random.Next(2) == 0),
            2 => JsonValue.Create(Pick([0, -1, int.MaxValue, int.MinValue, 3])),
            3 => JsonValue.Create(Pick([1e308, -0.0, 1.5, 1e-300])),
            4 => new JsonArray(1, "two", null, new JsonObject()),
            5 => new JsonObject { ["nested"] = new JsonObject { ["sessionId"] = "x" } },
            6 => JsonValue.Create(long.MaxValue),
            7 => JsonValue.Create(Pick(["", " ", "-5", "1e9", "abc", "2147483648", "0x10", "NaN", "on", "off", "maybe", "StrongStructure", "strongstructure", "99"])),
            8 => JsonValue.Create(Pick(Unicode)),
            9 => JsonValue.Create(Pick(Traversal)),
            10 => JsonValue.Create(Pick(Enum.GetNames<InterviewFormat>().Concat(Enum.GetNames<Track>()).Concat(Enum.GetNames<QuickTag>()).ToArray())),
            _ => JsonValue.Create(new string('z', _random.Next(3_000, 6_000))),
        };
    }

    // ---- sending and counting ----

    private async Task SendActivityAsync(string category, JsonNode activity, bool remember = true)
    {
        if (remember && _sent.Count < 500 && activity["type"]?.ToString() == "invoke")
        {
            _sent.Add(activity.DeepClone());
        }

        await PostRawAsync(category, Encoding.UTF8.GetBytes(Serialize(activity)), "application/json");
    }

    private async Task PostRawAsync(string category, byte[] body, string contentType)
    {
        using var client = _host.CreateClient();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        await response.Content.ReadAsByteArrayAsync();
        Count(category, (int)response.StatusCode);
        if ((int)response.StatusCode >= 500 && _serverErrorSamples.Count < 10)
        {
            _serverErrorSamples.Add($"{(int)response.StatusCode} {category}: {Encoding.UTF8.GetString(body[..Math.Min(body.Length, 600)])}");
        }
    }

    private void Count(string category, int status)
    {
        _total++;
        if (!_counts.TryGetValue(category, out var byStatus))
        {
            _counts[category] = byStatus = [];
        }

        byStatus[status] = byStatus.GetValueOrDefault(status) + 1;
    }

    private static string Serialize(JsonNode activity) =>
        activity.ToJsonString()
            .Replace(Escaped(LoneHigh), "\\ud800", StringComparison.Ordinal)
            .Replace(Escaped(LoneLow), "\\udfff", StringComparison.Ordinal)
            .Replace(Escaped(Nul), "\\u0000", StringComparison.Ordinal);

    // How ToJsonString writes a placeholder (the section sign is escaped by the default encoder).
    private static string Escaped(string placeholder) => JsonSerializer.Serialize(placeholder)[1..^1];

    private static string Clean(string text) => text.Replace(LoneHigh, "\uFFFD", StringComparison.Ordinal).Replace(LoneLow, "\uFFFD", StringComparison.Ordinal).Replace(Nul, "\0", StringComparison.Ordinal);

    private static string Json(JsonNode? value) => value?.ToJsonString() ?? "null";

    private T Pick<T>(T[] values) => values[_random.Next(values.Length)];

    private void PrintCounts(TimeSpan elapsed)
    {
        output.WriteLine($"{_total} requests in {elapsed.TotalSeconds:F1} s");
        output.WriteLine("category | requests | status codes");
        foreach (var (category, byStatus) in _counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{category} | {byStatus.Values.Sum()} | {string.Join(", ", byStatus.OrderBy(b => b.Key).Select(b => $"{b.Key}: {b.Value}"))}");
        }

        var all = _counts.SelectMany(c => c.Value).GroupBy(b => b.Key).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Sum(b => b.Value)}");
        output.WriteLine("all | " + _total + " | " + string.Join(", ", all));
    }

    // ---- what must hold afterwards ----

    private void AssertStoreIntact()
    {
        var root = Path.GetFullPath(_host.DataPath);
        var documents = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToList();
        var broken = new List<string>();
        foreach (var file in documents.Where(f => f.EndsWith(".json", StringComparison.Ordinal)))
        {
            var key = Path.GetRelativePath(root, file)[..^".json".Length].Replace(Path.DirectorySeparatorChar, '/');
            if (!DocumentKeys.IsValid(key))
            {
                broken.Add(key + " (not a valid key)");
            }

            try
            {
                using var parsed = JsonDocument.Parse(File.ReadAllBytes(file));
                if (!parsed.RootElement.TryGetProperty(DocumentSerializer.VersionProperty, out _))
                {
                    broken.Add(key + " (no schema version)");
                }
            }
            catch (JsonException e)
            {
                broken.Add(key + ": " + e.Message);
            }
        }

        Assert.Empty(broken);
        Assert.DoesNotContain(documents, f => f.EndsWith(".tmp", StringComparison.Ordinal));
        Assert.DoesNotContain(documents, f => f.Contains(EscapeMarker, StringComparison.Ordinal));
        var outside = new[] { Path.GetTempPath(), Path.GetDirectoryName(root)!, "/tmp" }
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFileSystemEntries(d, EscapeMarker + "*"))
            .ToList();
        Assert.Empty(outside);
        output.WriteLine($"{documents.Count(f => f.EndsWith(".json", StringComparison.Ordinal))} stored documents, every one parses and has a valid key.");
    }

    private async Task<string> CreateSessionAsync(string cardId, bool start, bool end, bool feedback)
    {
        var data = new JsonObject
        {
            [CardInputs.Candidate] = Student.Id,
            [CardInputs.Track] = nameof(Track.Behavioral),
            [CardInputs.Format] = nameof(InterviewFormat.MentorLed),
            [CardInputs.Length] = "60",
            [CardInputs.QuestionCount] = "2",
        };
        var card = await _host.InvokeAsync(Invoke(Mentor, CardVerbs.CreateSession, data, cardId));
        var sessionId = CardJson.Data(card, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>();
        foreach (var (verb, when) in new[] { (CardVerbs.Start, start), (CardVerbs.EndInterview, end), (CardVerbs.OpenFeedback, feedback) })
        {
            if (when)
            {
                await _host.InvokeAsync(Invoke(Mentor, verb, new JsonObject { [CardInputs.SessionId] = sessionId }, cardId));
            }
        }

        return sessionId;
    }
}
