using System.Diagnostics;
using System.Globalization;

namespace TeamsMockBot.Benchmarks;

/// <summary>Per-request latencies (Stopwatch ticks) and allocated bytes of one kind of turn.</summary>
internal sealed class Latencies(string name, int capacity)
{
    private readonly List<long> ticks = new(capacity);
    private long allocated;

    public string Name { get; } = name;

    public int Count => ticks.Count;

    public void Add((long Ticks, long Allocated) sample)
    {
        ticks.Add(sample.Ticks);
        allocated += sample.Allocated;
    }

    /// <summary>Nearest-rank percentile, in milliseconds.</summary>
    public double Percentile(double p)
    {
        var sorted = ticks.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length);
        return ToMs(sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)]);
    }

    public double Mean => ToMs(ticks.Average());

    public double AllocatedKbPerTurn => allocated / 1024.0 / Math.Max(1, ticks.Count);

    public static double ToMs(double stopwatchTicks) => stopwatchTicks * 1000.0 / Stopwatch.Frequency;

    public static string Ms(double ms) => ms.ToString("0.000", CultureInfo.InvariantCulture);

    public static string Header() =>
        string.Format(CultureInfo.InvariantCulture, "{0,-44} {1,9} {2,9} {3,9} {4,9} {5,12}", "turn (ms)", "p50", "p90", "p99", "mean", "alloc KB/turn");

    public string Row() =>
        string.Format(CultureInfo.InvariantCulture, "{0,-44} {1,9} {2,9} {3,9} {4,9} {5,12}",
            Name, Ms(Percentile(50)), Ms(Percentile(90)), Ms(Percentile(99)), Ms(Mean), AllocatedKbPerTurn.ToString("0.0", CultureInfo.InvariantCulture));
}
