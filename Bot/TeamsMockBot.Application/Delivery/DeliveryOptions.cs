using System.ComponentModel.DataAnnotations;

namespace TeamsMockBot.Application.Delivery;

/// <summary>How messages outside the turn are delivered (<c>Delivery:</c> settings).</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    /// <summary>How often waiting messages are looked at. Default 5 s.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long an instance holds a message it is sending before another may take over. Default 2 min;
    /// checked at start to outlast the longest send the Teams retry settings allow.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:30:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Wait after the first failed attempt; doubles each time up to <see cref="MaxRetryDelay"/>. Default 5 s.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest wait between attempts. Default 5 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "06:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Attempts before a message is set aside. Default 60 (about four hours with the defaults).</summary>
    [Range(1, 1000)]
    public int MaxAttempts { get; set; } = 60;

    /// <summary>Turn the background sweep off (tests run passes by hand). Default on.</summary>
    public bool SweepEnabled { get; set; } = true;
}
