using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Runtime;
using Microsoft.Extensions.DependencyInjection;
using TeamsMockBot.Application.Conversations;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Application.Timing;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Observability;

namespace TeamsMockBot.Benchmarks;

/// <summary>
/// Timer benchmark (issue 9): N sessions with a running question in one process (10,000 by default, all running at once) on the embedded
/// default (folder store, in-process due-time queue, the real timer loop on the system clock), each
/// with halfway and time-up milestones spread over a window. Prints how late milestones were
/// announced (p50 / p99), peak memory, and store + queue operations per announced milestone.
/// A measurement, not a gate: exit code 1 only if a timer failed or more milestones were announced than exist.
/// <para/>
///   dotnet run -c Release --project Tests/TeamsMockBot.Benchmarks -- --timers [--sessions 10000] [--question-seconds 180] [--window-seconds 180] [--setup-seconds 60] [--concurrency 16]
/// </summary>
internal static class TimerBenchmark
{
    private const double LatenessTargetMs = 250;
    private const double MemoryTargetMb = 200;

    public static async Task<int> RunAsync(string[] args)
    {
        var inv = CultureInfo.InvariantCulture;
        var count = Option(args, "--sessions", 10_000);
        var question = TimeSpan.FromSeconds(Option(args, "--question-seconds", 180));
        var window = TimeSpan.FromSeconds(Option(args, "--window-seconds", 180));
        var setupAllowance = TimeSpan.FromSeconds(Option(args, "--setup-seconds", 60));
        var concurrency = Option(args, "--concurrency", 16); // Timers:MaxConcurrentFires
        Environment.CurrentDirectory = AppContext.BaseDirectory;

        Console.WriteLine(string.Create(inv, $"TeamsMockBot timers — {count} running questions of {question.TotalSeconds} s (halfway, 1 minute left when it comes after halfway, time up), starts spread over {window.TotalSeconds} s, up to {concurrency} fired at once"));
        Console.WriteLine(string.Create(inv, $".NET {Environment.Version}, {Environment.ProcessorCount} cores, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, {(IsOptimized() ? "Release" : "DEBUG build — figures are not representative")}"));
        Console.WriteLine("Embedded default: folder store in a temp folder, in-process due-time queue, timer loop on the system clock; card updates answered by the in-memory Teams stub.");

        using var meters = new Measurements();
        await using var host = new BenchHost(settings: new Dictionary<string, string>
        {
            ["Timers:Enabled"] = "true",
            ["Timers:QuestionTime"] = question.ToString("c", inv),
            ["Timers:MaxConcurrentFires"] = concurrency.ToString(inv),
        });
        using var driver = new TurnDriver(host);
        await driver.StartSessionAsync(); // one real session through /api/messages: its card is where every update goes
        var services = host.Services;
        var card = await services.GetRequiredService<IConversationDirectory>().FindSessionCardAsync(driver.SessionId, CancellationToken.None)
            ?? throw new InvalidOperationException("The benchmark session has no card.");

        // Seed: sessions started at base + i/N × window, so every milestone is due after seeding ends.
        var sessions = services.GetRequiredService<ISessionStore>();
        var conversations = services.GetRequiredService<IConversationDirectory>();
        var timers = services.GetRequiredService<ITimerScheduler>();
        var questions = QuestionBank.BuiltIn.ForTrack(Track.Behavioral).Take(1).Select(q => q with { TimeAllowed = question }).ToList();
        var student = new Participant(TurnDriver.Student.Id, TurnDriver.Student.Name);
        var setup = new SessionSetup(Track.Behavioral, "teamwork", InterviewFormat.SoloPractice, 30, 1);
        var firstStart = DateTimeOffset.UtcNow + setupAllowance;
        var seeding = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var startAt = firstStart + (window * i / count);
            var session = MockSession.Plan("sbench" + i.ToString(inv), DateTimeOffset.UtcNow, student, student, setup, questions).Start(student.Id, startAt);
            await sessions.CreateAsync(session, ct);
            await conversations.RememberSessionCardAsync(session.Id, card, ct);
            await timers.TrackAsync(session, ct);
        });
        seeding.Stop();
        var seeded = meters.Snapshot();
        Console.WriteLine(string.Create(inv, $"seeded {count} sessions and their timers in {seeding.Elapsed.TotalSeconds:0.0} s (first milestone due {(firstStart + (question / 2) - DateTimeOffset.UtcNow).TotalSeconds:0.0} s from now)"));

        // Run until every milestone is announced, or until nothing more comes after the last due time
        // (a timer that fires late announces the furthest milestone reached, so some are merged).
        var expected = MilestonesPerQuestion(question) * (count + 1L); // and the driver's own session
        var lastDue = firstStart + window + question;
        var deadline = lastDue + TimeSpan.FromSeconds(120);
        var lastCount = -1L;
        var quietSince = DateTimeOffset.UtcNow;
        var peakManaged = 0L;
        var peakWorkingSet = 0L;
        using var process = Process.GetCurrentProcess();
        while (meters.Announced < expected && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(500);
            if (meters.Announced != lastCount)
            {
                (lastCount, quietSince) = (meters.Announced, DateTimeOffset.UtcNow);
            }
            else if (DateTimeOffset.UtcNow > lastDue && DateTimeOffset.UtcNow - quietSince > TimeSpan.FromSeconds(5))
            {
                break;
            }

            process.Refresh();
            peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(false));
            peakWorkingSet = Math.Max(peakWorkingSet, process.WorkingSet64);
        }

        await Task.Delay(TimeSpan.FromSeconds(2)); // anything announced twice would show up now
        var end = meters.Snapshot();
        var announced = end.Announced - seeded.Announced;
        var lateness = meters.LatenessMs();
        var storeOps = end.StoreOperations.ToDictionary(kv => kv.Key, kv => kv.Value - seeded.StoreOperations.GetValueOrDefault(kv.Key));
        var queueOps = end.QueueOperations - seeded.QueueOperations;

        Console.WriteLine();
        Console.WriteLine(string.Create(inv, $"announced {announced} of {expected} milestones ({expected - announced} merged into a later one by late firing; {end.Stale - seeded.Stale} stale timers, {end.Failed} failed); load average during the run {LoadAverage()}"));
        Console.WriteLine(string.Create(inv, $"fire lateness (fired − due): p50 {Percentile(lateness, 50):0.0} ms, p90 {Percentile(lateness, 90):0.0} ms, p99 {Percentile(lateness, 99):0.0} ms, max {(lateness.Length > 0 ? lateness[^1] : 0):0.0} ms"));
        var handling = meters.HandlingMs();
        Console.WriteLine(string.Create(inv, $"handling one (record on the session, queue + send the card update, schedule the next): p50 {Percentile(handling, 50):0.0} ms, p99 {Percentile(handling, 99):0.0} ms"));
        Console.WriteLine(string.Create(inv, $"memory: peak managed heap {peakManaged / 1048576.0:0} MB, peak working set {peakWorkingSet / 1048576.0:0} MB (process peak {process.PeakWorkingSet64 / 1048576.0:0} MB)"));
        var perFire = announced > 0 ? 1.0 / announced : 0;
        Console.WriteLine(string.Create(inv, $"per announced milestone: {storeOps.Values.Sum() * perFire:0.00} store operations ({string.Join(", ", storeOps.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value * perFire:0.00}"))}), {queueOps * perFire:0.00} timer queue operations"));
        Console.WriteLine(string.Create(inv, $"card updates sent to the Teams stub: {host.Teams.Puts}"));
        Console.WriteLine();
        Console.WriteLine(string.Create(inv, $"timers p50={Percentile(lateness, 50):0.0}ms p99={Percentile(lateness, 99):0.0}ms (target <= {LatenessTargetMs} ms) peak working set={peakWorkingSet / 1048576.0:0}MB (target <= {MemoryTargetMb} MB)"));
        return announced <= expected && end.Failed == 0 ? 0 : 1;
    }

    /// <summary>Halfway and time up, plus "1 minute left" when it comes after halfway (see QuestionTimer).</summary>
    private static int MilestonesPerQuestion(TimeSpan question) => question - TimeSpan.FromMinutes(1) > question / 2 ? 3 : 2;

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static bool IsOptimized() =>
        typeof(TimerBenchmark).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false) is not [DebuggableAttribute { IsJITOptimizerDisabled: true }];

    /// <summary>Listens to the host's own instruments (the <c>TeamsMockBot</c> meter).</summary>
    private sealed class Measurements : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentQueue<double> _lateness = new();
        private readonly ConcurrentQueue<double> _handling = new();
        private readonly ConcurrentDictionary<string, long> _storeOperations = new();
        private long _announced;
        private long _stale;
        private long _failed;
        private long _queueOperations;

        public Measurements()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == Telemetry.Name && instrument.Name is Telemetry.TimerLatenessHistogram or Telemetry.TimerDurationHistogram or Telemetry.TimersFiredCounter
                    or Telemetry.StoreOperationsCounter or Telemetry.TimerQueueOperationsCounter)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
            {
                if (instrument.Name == Telemetry.TimerLatenessHistogram)
                {
                    _lateness.Enqueue(value * 1000);
                }
                else if (Tag(tags, TelemetryTags.Outcome) == nameof(TimerFireOutcome.Announced))
                {
                    _handling.Enqueue(value * 1000);
                }
            });
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            {
                switch (instrument.Name)
                {
                    case Telemetry.TimersFiredCounter:
                        var outcome = Tag(tags, TelemetryTags.Outcome);
                        Interlocked.Add(ref outcome == nameof(TimerFireOutcome.Announced) ? ref _announced : ref outcome == nameof(TimerFireOutcome.Stale) ? ref _stale : ref _failed, value);
                        break;
                    case Telemetry.StoreOperationsCounter:
                        _storeOperations.AddOrUpdate($"{Tag(tags, TelemetryTags.StoreCollection)} {Tag(tags, TelemetryTags.StoreOperation)}", value, (_, v) => v + value);
                        break;
                    default:
                        Interlocked.Add(ref _queueOperations, value);
                        break;
                }
            });
            _listener.Start();
        }

        public long Announced => Interlocked.Read(ref _announced);

        public long Failed => Interlocked.Read(ref _failed);

        public double[] LatenessMs() => [.. _lateness.Order()];

        public double[] HandlingMs() => [.. _handling.Order()];

        public Snapshot Snapshot() => new(Announced, Interlocked.Read(ref _stale), Failed, Interlocked.Read(ref _queueOperations), new Dictionary<string, long>(_storeOperations));

        public void Dispose() => _listener.Dispose();

        private static string Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
        {
            foreach (var tag in tags)
            {
                if (tag.Key == name)
                {
                    return tag.Value?.ToString() ?? string.Empty;
                }
            }

            return string.Empty;
        }
    }

    private sealed record Snapshot(long Announced, long Stale, long Failed, long QueueOperations, Dictionary<string, long> StoreOperations);
}
