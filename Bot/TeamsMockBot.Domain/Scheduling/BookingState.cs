namespace TeamsMockBot.Domain.Scheduling;

/// <summary>Where a booked mock stands in the calendar.</summary>
public enum BookingState
{
    Scheduled = 0,
    Rescheduled = 1,
    Cancelled = 2,
}
