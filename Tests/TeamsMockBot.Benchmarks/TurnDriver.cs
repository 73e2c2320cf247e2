using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Application.Feedback;
using TeamsMockBot.Application.History;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Application.Turns;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Teams;

namespace TeamsMockBot.Benchmarks;

/// <summary>
/// Drives one host over HTTP (in memory): sets up a started solo session and times round trips of
/// the turns being compared, interleaved so that machine noise lands on both alike.
/// </summary>
internal sealed class TurnDriver(BenchHost host) : IDisposable
{
    public const string CardMessageId = "msg-bench-card";
    public static readonly (string Id, string Name) Student = ("29:bench-student", "Sam Student");

    private static readonly MediaTypeHeaderValue JsonType = new("application/json") { CharSet = "utf-8" };
    private readonly HttpClient client = host.CreateClient();
    private int failures;

    public string SessionId { get; private set; } = string.Empty;

    public int Failures => failures;

    /// <summary>A solo practice session in the student's personal chat, started, on question 1 with its timer running.</summary>
    public async Task StartSessionAsync()
    {
        var setup = new JsonObject
        {
            [CardInputs.Track] = nameof(Track.Behavioral),
            [CardInputs.Focus] = "teamwork",
            [CardInputs.Format] = nameof(InterviewFormat.SoloPractice),
            [CardInputs.Length] = "30",
            [CardInputs.QuestionCount] = "3",
        };
        await RequireCardAsync(TeamsActivityJson.Invoke(Student, CardVerbs.CreateSession, setup, CardMessageId));
        SessionId = CreateSession.SessionIdFor($"{TeamsActivityJson.PersonalChatId(Student.Id)}|{CardMessageId}");
        await RequireCardAsync(TeamsActivityJson.Invoke(Student, CardVerbs.Start, new JsonObject { [CardInputs.SessionId] = SessionId }, CardMessageId));
    }

    /// <summary>The click on the interview card: pause on even <paramref name="i"/>, resume on odd (so every click changes the session).</summary>
    public string CardAction(int i) => TeamsActivityJson.Invoke(
        Student, i % 2 == 0 ? CardVerbs.Pause : CardVerbs.Resume,
        new JsonObject { [CardInputs.SessionId] = SessionId, [CardInputs.QuestionNumber] = 1 }, CardMessageId);

    public static string Echo(int i) => TeamsActivityJson.Message(Student, "echo " + i.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Posts <paramref name="body"/> to <paramref name="route"/>, reads the whole answer; returns elapsed Stopwatch ticks.</summary>
    public async Task<(long Ticks, long Allocated)> TimeAsync(string route, string body)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = JsonType;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var started = Stopwatch.GetTimestamp();
        using var response = await client.PostAsync(route, content);
        var answer = await response.Content.ReadAsByteArrayAsync();
        var elapsed = Stopwatch.GetTimestamp() - started;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        if (!response.IsSuccessStatusCode)
        {
            Interlocked.Increment(ref failures);
            if (failures <= 3)
            {
                await Console.Error.WriteLineAsync($"{route} answered {(int)response.StatusCode}: {Encoding.UTF8.GetString(answer)}");
            }
        }

        return (elapsed, allocated);
    }

    /// <summary>
    /// Runs <paramref name="iterations"/> of each turn, alternating which goes first (unless told not to), after
    /// <paramref name="warmup"/> discarded ones. Connector counts are reset before the measured part.
    /// </summary>
    public async Task<(Latencies A, Latencies B, double LoopKbPerTurn)> MeasureAsync(
        string nameA, Func<int, (string Route, string Body)> a, string nameB, Func<int, (string Route, string Body)> b, int iterations, int warmup, bool alternate = true)
    {
        for (var i = 0; i < warmup; i++)
        {
            await TimeAsync(a(i).Route, a(i).Body);
            await TimeAsync(b(i).Route, b(i).Body);
        }

        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        host.Teams.Reset();
        var resultA = new Latencies(nameA, iterations);
        var resultB = new Latencies(nameB, iterations);
        var loopAllocated = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < iterations; i++)
        {
            // Bodies are built before the clock starts; only the round trip is timed.
            var (routeA, bodyA) = a(warmup + i);
            var (routeB, bodyB) = b(warmup + i);
            if (!alternate || i % 2 == 0)
            {
                resultA.Add(await TimeAsync(routeA, bodyA));
                resultB.Add(await TimeAsync(routeB, bodyB));
            }
            else
            {
                resultB.Add(await TimeAsync(routeB, bodyB));
                resultA.Add(await TimeAsync(routeA, bodyA));
            }
        }

        // Cross-check of the per-request figures: everything the process allocated during the loop, per turn.
        loopAllocated = GC.GetTotalAllocatedBytes(precise: true) - loopAllocated;
        return (resultA, resultB, loopAllocated / 1024.0 / (2.0 * iterations));
    }

    private async Task RequireCardAsync(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(MessagesEndpoint.Route, content);
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        if (!response.IsSuccessStatusCode || json.RootElement.GetProperty("type").GetString() != "application/vnd.microsoft.card.adaptive"
            || text.Contains("went wrong", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Setting up the session failed: {(int)response.StatusCode} {text}");
        }
    }

    public void Dispose() => client.Dispose();
}
