namespace TeamsMockBot.Domain.Analytics;

/// <summary>Where a figure falls against its <see cref="DeliveryRanges"/> range.</summary>
public enum DeliveryBand
{
    InRange,
    Low,
    Raised,
    High,
}
