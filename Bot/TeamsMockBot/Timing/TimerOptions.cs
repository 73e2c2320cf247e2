using System.ComponentModel.DataAnnotations;

namespace TeamsMockBot.Timing;

public sealed class TimerOptions
{
    public const string Section = "Timers";

    /// <summary>
    /// How often the sweep looks for due milestones. Default 5 s: milestone updates may land up to
    /// this late, which is fine for "halfway" and keeps store reads low. The live countdown belongs
    /// on the meeting side panel, not in card updates.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Turn the background sweep off (tests run passes by hand).</summary>
    public bool Enabled { get; set; } = true;
}
