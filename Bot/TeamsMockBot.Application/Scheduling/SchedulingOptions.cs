using System.ComponentModel.DataAnnotations;

namespace TeamsMockBot.Application.Scheduling;

/// <summary>Booked mocks (<c>Scheduling:</c> settings).</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>How long before the start a booked mock can still be moved or cancelled here. Default 12 hours.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan ChangeCutoff { get; set; } = TimeSpan.FromHours(12);
}
