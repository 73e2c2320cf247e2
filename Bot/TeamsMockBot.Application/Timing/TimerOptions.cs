using System.ComponentModel.DataAnnotations;

namespace TeamsMockBot.Application.Timing;

/// <summary>The question timers and the overdue close (<c>Timers:</c> settings).</summary>
public sealed class TimerOptions
{
    public const string Section = "Timers";

    /// <summary>
    /// How long after its planned length a started session that nobody ended is closed for feedback
    /// (meeting events go missing). Default 15 minutes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan OverdueGrace { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Time allowed for every question instead of the question bank's, for demos and tests that
    /// cannot wait minutes of real time for a milestone. Empty (the default) uses the bank.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:02", "02:00:00")]
    public TimeSpan? QuestionTime { get; set; }

    /// <summary>
    /// With Azure Storage: how often an instance with nothing to do looks at the timer queue. A message
    /// is made visible this much (plus a second) before it is due and then held in memory until its
    /// moment, so the poll does not add to the lateness. Default 1 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many due timers one instance handles at once. Default 16.</summary>
    [Range(1, 256)]
    public int MaxConcurrentFires { get; set; } = 16;

    /// <summary>Turn the background timer loop off (host tests fire due timers by hand). Default on.</summary>
    public bool Enabled { get; set; } = true;
}
