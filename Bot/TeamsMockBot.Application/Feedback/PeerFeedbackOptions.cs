using System.ComponentModel.DataAnnotations;

namespace TeamsMockBot.Application.Feedback;

/// <summary>Peer mocks' double-blind feedback (section <c>Peer</c>).</summary>
public sealed class PeerFeedbackOptions
{
    public const string Section = "Peer";

    /// <summary>
    /// How long after the second half's planned end the feedback cards wait for the other person at
    /// most; then whatever feedback is in goes out. Counted from the swap plus the session length. Default 24 hours.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "14.00:00:00")]
    public TimeSpan FeedbackDeadline { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often held peer feedback is checked against its deadline. Default every minute.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ReleaseSweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Turn the background release sweep off (tests run passes by hand). Default on.</summary>
    public bool ReleaseSweepEnabled { get; set; } = true;
}
