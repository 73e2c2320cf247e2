using System.Diagnostics;
using System.Globalization;
using System.Text;
using TeamsMockBot.Domain.Analytics;

namespace TeamsMockBot.Benchmarks;

/// <summary>
/// Delivery analytics on an hour-long transcript (issue 11: analysed in under 1 s): a generated
/// WebVTT file of a mentor and a candidate taking turns for 60 minutes, with voice tags, multi-line
/// cues, backchannels and fillers, parsed and analysed (twelve question windows) several times.
/// Prints the file size and the time per run (median and slowest); a measurement, not a gate.
/// <para/>
///   dotnet run -c Release --project Tests/TeamsMockBot.Benchmarks -- --transcript [--minutes 60] [--runs 20]
/// </summary>
internal static class TranscriptBenchmark
{
    private static readonly TimeSpan Target = TimeSpan.FromSeconds(1);

    private static readonly string[] Answer =
    [
        "So, um, in my second year I led a team of four on the course scheduling project.",
        "We had, like, three weeks and the client changed the scope halfway, you know, which was hard.",
        "I basically split the work into two tracks and set up a short check-in every morning.",
        "I mean, the first week was kind of messy, but we shipped on time and cut booking time by forty percent.",
        "Actually, what I would do differently is write the plan down earlier and agree on owners for testing.",
    ];

    public static int Run(int minutes, int runs)
    {
        var inv = CultureInfo.InvariantCulture;
        var vtt = Generate(TimeSpan.FromMinutes(minutes));
        var windows = Enumerable.Range(0, 12)
            .Select(i => new QuestionWindow(i + 1, TimeSpan.FromMinutes(i * minutes / 12.0), TimeSpan.FromMinutes((i + 1) * minutes / 12.0), TimeSpan.FromMinutes(4)))
            .ToList();
        Console.WriteLine(string.Create(inv, $"TeamsMockBot delivery analytics — a {minutes}-minute generated transcript, {Encoding.UTF8.GetByteCount(vtt) / 1024.0:0} KB, parsed and analysed {runs} times after a warm-up"));

        DeliveryAnalytics result = Analyse(vtt, windows); // warm-up: JIT and first-use costs are not what a student waits for twice
        var times = new List<TimeSpan>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            result = Analyse(vtt, windows);
            times.Add(watch.Elapsed);
        }

        times.Sort();
        var candidate = result.Candidate!;
        Console.WriteLine(string.Create(inv, $"cues {WebVttParser.Parse(vtt).Cues.Count}, candidate words {candidate.Words}, {candidate.WordsPerMinute} wpm, {candidate.FillersPerMinute} fillers/min, talk share {candidate.TalkShare:P0}"));
        Console.WriteLine(string.Create(inv, $"time per transcript: median {times[times.Count / 2].TotalMilliseconds:0.0} ms, slowest {times[^1].TotalMilliseconds:0.0} ms (target < {Target.TotalMilliseconds:0} ms: {(times[^1] < Target ? "met" : "MISSED")})"));
        return 0;
    }

    private static DeliveryAnalytics Analyse(string vtt, IReadOnlyList<QuestionWindow> windows) =>
        DeliveryAnalyser.Analyse(WebVttParser.Parse(vtt), "Sam Student", "Morgan Mentor", windows, TranscriptSource.Meeting, DateTimeOffset.UnixEpoch);

    /// <summary>Turns of a mock interview: a question, several answer cues (some on two lines), an "Mm-hm", repeated until the length is reached.</summary>
    private static string Generate(TimeSpan length)
    {
        var text = new StringBuilder("WEBVTT\n\nNOTE generated for the benchmark\n\n");
        var at = TimeSpan.Zero;
        var cue = 0;
        void Cue(string speaker, string words, TimeSpan duration)
        {
            cue++;
            text.Append(CultureInfo.InvariantCulture, $"{cue}\n{Stamp(at)} --> {Stamp(at + duration)}\n<v {speaker}>{words}</v>\n\n");
            at += duration + TimeSpan.FromMilliseconds(300);
        }

        while (at < length)
        {
            Cue("Morgan Mentor", "Thanks. Tell me about a time you led a project under pressure, and what the result was.", TimeSpan.FromSeconds(6));
            for (var i = 0; i < Answer.Length && at < length; i++)
            {
                var words = i % 2 == 0 ? Answer[i] : Answer[i].Replace(", ", ",\n", StringComparison.Ordinal);
                Cue("Sam Student", words, TimeSpan.FromSeconds(7));
                if (i == 2)
                {
                    Cue("Morgan Mentor", "Mm-hm.", TimeSpan.FromMilliseconds(700));
                }
            }
        }

        return text.ToString();
    }

    private static string Stamp(TimeSpan t) => t.ToString(@"hh\:mm\:ss\.fff", CultureInfo.InvariantCulture);
}
