using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace TeamsMockBot.Benchmarks;

/// <summary>
/// A fake Teams for the meetings benchmark: answers every Bot Connector call in memory (a roster of
/// the meeting's interviewer and candidate, ids for new messages) and records when each message call
/// into each conversation arrived, so the run can check the rate limits from Teams' side. A card
/// update showing a milestone the driver is waiting for is matched to its due time (lateness).
/// </summary>
internal sealed class MeetingsConnector : HttpMessageHandler
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<long>> _arrivals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Marker, long Due)>> _expected = new(StringComparer.Ordinal);
    private readonly List<long> _lateness = [];
    private int _nextId;

    public long Messages { get; private set; }

    /// <summary>Halfway milestones never shown because the time-up update replaced them while they waited.</summary>
    public int Superseded { get; private set; }

    /// <summary>Each conversation's message calls (posts and updates), Stopwatch timestamps in arrival order.</summary>
    public IReadOnlyDictionary<string, List<long>> Arrivals
    {
        get
        {
            lock (_gate)
            {
                return _arrivals.ToDictionary(a => a.Key, a => a.Value.ToList());
            }
        }
    }

    /// <summary>Milestone lateness (due → the update showing it reached Teams), Stopwatch ticks.</summary>
    public IReadOnlyList<long> Lateness
    {
        get
        {
            lock (_gate)
            {
                return [.. _lateness];
            }
        }
    }

    /// <summary>Milestones expected and not yet seen.</summary>
    public int Missing
    {
        get
        {
            lock (_gate)
            {
                return _expected.Values.Sum(e => e.Count);
            }
        }
    }

    /// <summary>Forgets everything seen so far (after the warm-up).</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _arrivals.Clear();
            _expected.Clear();
            _lateness.Clear();
            Messages = 0;
            Superseded = 0;
        }
    }

    /// <summary>Whether <paramref name="conversationId"/> still waits for an expected milestone.</summary>
    public bool IsWaiting(string conversationId)
    {
        lock (_gate)
        {
            return _expected.TryGetValue(conversationId, out var list) && list.Count > 0;
        }
    }

    /// <summary>The next update into <paramref name="conversationId"/> showing <paramref name="marker"/> at or after <paramref name="due"/> is that milestone.</summary>
    public void Expect(string conversationId, string marker, long due)
    {
        lock (_gate)
        {
            if (!_expected.TryGetValue(conversationId, out var list))
            {
                _expected[conversationId] = list = [];
            }

            list.Add((marker, due));
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var now = Stopwatch.GetTimestamp();
        var parts = request.RequestUri!.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.IndexOf(parts, "conversations");
        var conversationId = at >= 0 && at + 1 < parts.Length ? Uri.UnescapeDataString(parts[at + 1]) : null;
        if (request.Method == HttpMethod.Get && conversationId is not null)
        {
            // The meeting's roster: "19:meeting-{n}@thread.v2" has mentor-{n} and student-{n}.
            var n = conversationId.Split('-', '@')[1];
            return Json(HttpStatusCode.OK, $$"""{"members":[{"id":"29:mentor-{{n}}","name":"Mentor {{n}}"},{"id":"29:student-{{n}}","name":"Student {{n}}"}]}""");
        }

        if (conversationId is null)
        {
            return Json(HttpStatusCode.Created, """{"id":"personal:bench"}"""); // a new personal chat
        }

        lock (_gate)
        {
            Messages++;
            if (!_arrivals.TryGetValue(conversationId, out var list))
            {
                _arrivals[conversationId] = list = [];
            }

            list.Add(now);
            if (request.Method == HttpMethod.Put && _expected.TryGetValue(conversationId, out var expected))
            {
                var hit = expected.FindIndex(e => now >= e.Due && body.Contains(e.Marker, StringComparison.Ordinal));
                if (hit >= 0)
                {
                    var (marker, due) = expected[hit];
                    _lateness.Add(now - due);
                    expected.RemoveAt(hit);
                    if (marker == MeetingDriver.TimeUpMarker)
                    {
                        // A halfway update still waiting when time is up was coalesced into this one: latest state wins.
                        Superseded += expected.RemoveAll(e => e.Marker == MeetingDriver.HalfwayMarker);
                    }
                }
            }
        }

        return Json(HttpStatusCode.OK, "{\"id\":\"msg-" + Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"}");
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")) };
}
