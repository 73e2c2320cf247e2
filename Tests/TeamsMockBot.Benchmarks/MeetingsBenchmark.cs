using System.Diagnostics;
using System.Globalization;
using TeamsMockBot.Teams;

namespace TeamsMockBot.Benchmarks;

/// <summary>
/// Meetings benchmark (issue 9, Teams rate limits): many simultaneous meetings of many questions, with
/// short question times (milestones every few seconds) and bursts of clicks, against a fake Teams that
/// records when each call arrived. Prints messages sent, the most calls into one conversation in any
/// 1 s / 2 s / 30 s window and into the app in any 1 s (Teams' limits: 7, 8, 60 and 50), p50/p99
/// milestone lateness (due → the update at Teams) and turn latency, for one meeting and for all of them.
/// <para/>
///   dotnet run -c Release --project Tests/TeamsMockBot.Benchmarks -- --meetings [50] [--questions 10] [--burst 10] [--question-seconds 8]
/// </summary>
internal static class MeetingsBenchmark
{
    public static async Task<int> RunAsync(int meetings, int questions, int burst, TimeSpan questionTime)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"TeamsMockBot meetings — {questions} questions of {questionTime.TotalSeconds:0} s per meeting, a burst of {burst} pause/resume clicks on each, " +
            $"timer and delivery sweeps every 1 s, rate limiter on; {Environment.ProcessorCount} cores"));
        Console.WriteLine();
        Console.WriteLine(Result.Header());
        var one = await RunOnceAsync(1, questions, burst, questionTime);
        Console.WriteLine(one.Row());
        var many = await RunOnceAsync(meetings, questions, burst, questionTime);
        Console.WriteLine(many.Row());
        Console.WriteLine();
        var within = many.Within && one.Within;
        Console.WriteLine(within
            ? "within Teams' limits: every conversation <= 7/1 s, 8/2 s, 60/30 s; the app <= 50/1 s"
            : "OVER Teams' limits (see the rows above)");
        return one.Valid && many.Valid ? 0 : 1;
    }

    private static async Task<Result> RunOnceAsync(int meetings, int questions, int burst, TimeSpan questionTime)
    {
        await using var host = new MeetingsHost(questionTime);
        using var client = host.CreateClient();
        await new MeetingDriver(host, client, 0).WarmUpAsync();
        await Task.Delay(TimeSpan.FromSeconds(2)); // its last update leaves the outbox
        host.Teams.Reset();
        var drivers = Enumerable.Range(1, meetings).Select(n => new MeetingDriver(host, client, n)).ToList();
        var started = Stopwatch.StartNew();
        await Task.WhenAll(drivers.Select(d => d.RunAsync(questions, burst)));
        await Task.Delay(TimeSpan.FromSeconds(3)); // the last coalesced updates leave the outbox
        var elapsed = started.Elapsed;

        var arrivals = host.Teams.Arrivals;
        var perConversation = arrivals.Values.ToList();
        var all = perConversation.SelectMany(a => a).Order().ToList();
        return new Result(
            meetings,
            host.Teams.Messages,
            drivers.Sum(d => d.Turns.Count),
            perConversation.Max(a => MaxInWindow(a, TimeSpan.FromSeconds(1))),
            perConversation.Max(a => MaxInWindow(a, TimeSpan.FromSeconds(2))),
            perConversation.Max(a => MaxInWindow(a, TimeSpan.FromSeconds(30))),
            MaxInWindow(all, TimeSpan.FromSeconds(1)),
            Percentile(host.Teams.Lateness, 50),
            Percentile(host.Teams.Lateness, 99),
            Percentile(drivers.SelectMany(d => d.Turns).ToList(), 50),
            Percentile(drivers.SelectMany(d => d.Turns).ToList(), 99),
            host.Teams.Missing,
            host.Teams.Superseded,
            drivers.Sum(d => d.Failures),
            elapsed);
    }

    /// <summary>The most timestamps (Stopwatch ticks) in any stretch [t, t + length).</summary>
    private static int MaxInWindow(List<long> stamps, TimeSpan length)
    {
        var sorted = stamps.Order().ToList();
        var span = (long)(length.TotalSeconds * Stopwatch.Frequency);
        var most = 0;
        for (int start = 0, end = 0; start < sorted.Count; start++)
        {
            while (end < sorted.Count && sorted[end] < sorted[start] + span)
            {
                end++;
            }

            most = Math.Max(most, end - start);
        }

        return most;
    }

    /// <summary>Nearest-rank percentile of Stopwatch ticks, in milliseconds.</summary>
    private static double Percentile(IReadOnlyList<long> ticks, double p)
    {
        if (ticks.Count == 0)
        {
            return double.NaN;
        }

        var sorted = ticks.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length);
        return Latencies.ToMs(sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)]);
    }

    private sealed record Result(
        int Meetings, long Messages, int Turns, int Max1s, int Max2s, int Max30s, int AppMax1s,
        double LatenessP50, double LatenessP99, double TurnP50, double TurnP99, int MissingMilestones, int SupersededMilestones, int FailedTurns, TimeSpan Elapsed)
    {
        public bool Within => Max1s <= Limit(0) && Max2s <= Limit(1) && Max30s <= Limit(2) && AppMax1s <= TeamsRateLimits.PerApp[0].Limit;

        public bool Valid => MissingMilestones == 0 && FailedTurns == 0;

        public static string Header() =>
            string.Format(CultureInfo.InvariantCulture, "{0,8} {1,9} {2,7} {3,14} {4,10} {5,22} {6,18} {7,16} {8,8}",
                "meetings", "messages", "turns", "max/conv 1s/2s/30s", "app max/1s", "milestone late p50/p99", "turn p50/p99 (ms)", "missing/coalesced", "run (s)");

        public string Row() =>
            string.Format(CultureInfo.InvariantCulture, "{0,8} {1,9} {2,7} {3,18} {4,10} {5,22} {6,18} {7,16} {8,8:0}",
                Meetings, Messages, Turns, $"{Max1s}/{Max2s}/{Max30s}", AppMax1s,
                $"{LatenessP50:0} / {LatenessP99:0} ms", $"{TurnP50:0.0} / {TurnP99:0.0}", $"{MissingMilestones + FailedTurns} / {SupersededMilestones}", Elapsed.TotalSeconds);

        private static int Limit(int window) => TeamsRateLimits.PerConversation[window].Limit;
    }
}
