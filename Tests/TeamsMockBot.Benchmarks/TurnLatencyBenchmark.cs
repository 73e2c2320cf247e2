using System.Globalization;
using System.Runtime;
using Microsoft.Extensions.DependencyInjection;
using TeamsMockBot.Application.Persistence;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Storage;
using TeamsMockBot.Teams;

namespace TeamsMockBot.Benchmarks;

/// <summary>
/// Turn-latency benchmark (issue 3): round trips of POST /api/messages for a card action on a real
/// session vs a bare echo bot on the same host, in the same run, interleaved. A measurement, not a
/// gate: the exit code is 0 whatever the ratio (non-zero only if the run itself is invalid).
/// <para/>
///   dotnet run -c Release --project Tests/TeamsMockBot.Benchmarks -- [--iterations 2000] [--warmup 300] [--breakdown] [--only card|echo]
/// </summary>
internal static class TurnLatencyBenchmark
{
    private const double Target = 1.30;

    public static async Task<int> Main(string[] args)
    {
        // WebApplicationFactory finds the host's content root through MvcTestingAppManifest.json in the
        // current directory (dotnet test runs from the output folder; dotnet run does not).
        Environment.CurrentDirectory = AppContext.BaseDirectory;
        if (args.Contains("--meetings"))
        {
            return await MeetingsBenchmark.RunAsync(
                OptionAfter(args, "--meetings", 50), Option(args, "--questions", 10), Option(args, "--burst", 10),
                TimeSpan.FromSeconds(Option(args, "--question-seconds", 8)));
        }

        if (args.Contains("--transcript"))
        {
            return TranscriptBenchmark.Run(Option(args, "--minutes", 60), Option(args, "--runs", 20));
        }

        if (args.Contains("--timers"))
        {
            return await TimerBenchmark.RunAsync(args);
        }

        var iterations = Option(args, "--iterations", 2000);
        var warmup = Option(args, "--warmup", 300);
        var breakdown = args.Contains("--breakdown");
        var only = OptionText(args, "--only"); // "card" or "echo": one kind of turn alone, e.g. under dotnet-trace
        var inv = CultureInfo.InvariantCulture;

        Console.WriteLine(string.Create(inv, $"TeamsMockBot turn latency — {iterations} measured + {warmup} warm-up round trips of each turn, interleaved"));
        Console.WriteLine(string.Create(inv, $".NET {Environment.Version}, {Environment.ProcessorCount} cores, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, " +
            $"{(IsOptimized() ? "Release" : "DEBUG build — figures are not representative")}"));
        Console.WriteLine("A = adaptiveCard/action invoke on /api/messages: session.pause / session.resume on a started solo session");
        Console.WriteLine("    (read session → apply → save (lock file, temp file, rename) → timer index → 2 cards → update message → invoke response)");
        Console.WriteLine("B = message on /bench/echo: same door and same CloudAdapter, a bare ActivityHandler that sends the text back");
        Console.WriteLine();

        var valid = true;
        await using (var host = new BenchHost())
        {
            using var driver = new TurnDriver(host);
            await driver.StartSessionAsync();
            valid &= await RequireInterviewingAsync(host, driver.SessionId);
            if (only is not null)
            {
                return await RunOneAsync(host, driver, only, iterations, warmup) && valid ? 0 : 1;
            }

            var (a, b, loopKb) = await driver.MeasureAsync(
                "A card action (pause/resume), /api/messages", i => (MessagesEndpoint.Route, driver.CardAction(i)),
                "B echo, /bench/echo", i => (EchoEndpoint.Route, TurnDriver.Echo(i)),
                iterations, warmup);
            valid &= Check(driver, host, puts: iterations, posts: iterations);

            Console.WriteLine(Latencies.Header());
            Console.WriteLine(a.Row());
            Console.WriteLine(b.Row());
            Console.WriteLine();
            var p50 = a.Percentile(50) / b.Percentile(50);
            var p99 = a.Percentile(99) / b.Percentile(99);
            Console.WriteLine(string.Format(inv, "ratio A/B: p50 {0:0.00}x, p90 {1:0.00}x, p99 {2:0.00}x, mean {3:0.00}x",
                p50, a.Percentile(90) / b.Percentile(90), p99, a.Mean / b.Mean));
            Console.WriteLine(string.Format(inv, "allocations: A {0:0.0} KB/turn, B {1:0.0} KB/turn (per request); whole loop {2:0.0} KB/turn (A and B together)",
                a.AllocatedKbPerTurn, b.AllocatedKbPerTurn, loopKb));

            if (breakdown)
            {
                valid &= await RunBreakdownAsync(host, driver, iterations, warmup);
            }

            Console.WriteLine();
            Console.WriteLine(string.Format(inv, "turn latency ratio p50={0:0.00} p99={1:0.00} (target <= {2:0.00})", p50, p99, Target));
        }

        return valid ? 0 : 1;
    }

    /// <summary>One kind of turn alone (2 × iterations of it), for a profiler: no interleaving, no ratio.</summary>
    private static async Task<bool> RunOneAsync(BenchHost host, TurnDriver driver, string only, int iterations, int warmup)
    {
        var card = only == "card";
        Func<int, (string, string)> turn = card ? i => (MessagesEndpoint.Route, driver.CardAction(i)) : i => (EchoEndpoint.Route, TurnDriver.Echo(i));
        var (first, second, _) = await driver.MeasureAsync(only + " (even)", i => turn(2 * i), only + " (odd)", i => turn((2 * i) + 1), iterations, warmup, alternate: false);
        Console.WriteLine(Latencies.Header());
        Console.WriteLine(first.Row());
        Console.WriteLine(second.Row());
        return Check(driver, host, puts: card ? 2L * iterations : 0, posts: card ? 0 : 2L * iterations);
    }

    private static async Task<bool> RunBreakdownAsync(BenchHost host, TurnDriver driver, int iterations, int warmup)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine("Breakdown 1 — what-ifs over HTTP; each on a fresh host, interleaved with that host's own echo (B):");
        Console.WriteLine("  C  = a card action on the echo bot: update the message + invoke response with a one-line card; no store, no real card");
        Console.WriteLine("  memory store = InMemoryDocumentStore (same JSON, no files/lock/SHA256) — benchmark-only");
        Console.WriteLine(Latencies.Header());
        (string Label, bool MemoryStore, bool Bare)[] variants =
        [
            ("C  bare card action", false, true),
            ("A1 card action, memory store", true, false),
        ];
        var ratios = new List<string>();
        var valid = true;
        foreach (var (label, memoryStore, bare) in variants)
        {
            await using var variantHost = new BenchHost(memoryStore);
            using var variantDriver = new TurnDriver(variantHost);
            await variantDriver.StartSessionAsync();
            var route = bare ? EchoEndpoint.Route : MessagesEndpoint.Route;
            var (av, bv, _) = await variantDriver.MeasureAsync(
                label, i => (route, variantDriver.CardAction(i)),
                "   B echo on that host", i => (EchoEndpoint.Route, TurnDriver.Echo(i)),
                iterations, warmup);
            valid &= Check(variantDriver, variantHost, iterations, iterations);
            Console.WriteLine(av.Row());
            Console.WriteLine(bv.Row());
            ratios.Add(string.Format(inv, "{0}/B p50 {1:0.00}x p99 {2:0.00}x", label[..2].Trim(), av.Percentile(50) / bv.Percentile(50), av.Percentile(99) / bv.Percentile(99)));
        }

        Console.WriteLine("ratios: " + string.Join(";  ", ratios));
        Console.WriteLine();
        Console.WriteLine("Breakdown 2 — steps of one pause/resume, in-process on the measured host's services (file store), no HTTP, no Bot Framework:");
        Console.WriteLine(Breakdown.StepHeader());
        foreach (var step in await Breakdown.StepsAsync(host, driver.SessionId, iterations))
        {
            Console.WriteLine(Breakdown.StepRow(step));
        }

        return valid;
    }

    private static async Task<bool> RequireInterviewingAsync(BenchHost host, string sessionId)
    {
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var session = await store.ReadAsync<MockSession>(DocumentKeys.Session(sessionId), CancellationToken.None);
        if (session?.Value is { Stage: SessionStage.Interviewing, IsSolo: true })
        {
            return true;
        }

        await Console.Error.WriteLineAsync($"INVALID: session {sessionId} is not a started solo session ({session?.Value.Stage.ToString() ?? "missing"}).");
        return false;
    }

    /// <summary>Every card action must have changed the session (a stale click updates nothing) and every echo replied once.</summary>
    private static bool Check(TurnDriver driver, BenchHost host, long puts, long posts)
    {
        if (driver.Failures == 0 && host.Teams.Puts == puts && host.Teams.Posts == posts)
        {
            return true;
        }

        Console.Error.WriteLine($"INVALID RUN: {driver.Failures} failed requests; connector saw {host.Teams.Puts} updates (expected {puts}) and {host.Teams.Posts} sends (expected {posts}).");
        return false;
    }

    /// <summary>The number right after a switch that may also stand alone (<c>--meetings</c> or <c>--meetings 20</c>).</summary>
    private static int OptionAfter(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : fallback;
    }

    private static string? OptionText(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && args[at + 1] is "card" or "echo" ? args[at + 1] : null;
    }

    private static bool IsOptimized() =>
        typeof(BenchHost).Assembly.GetCustomAttributes(typeof(System.Diagnostics.DebuggableAttribute), false)
            .OfType<System.Diagnostics.DebuggableAttribute>().All(d => !d.IsJITOptimizerDisabled);
}
