namespace TeamsMockBot.Domain.Scheduling;

/// <summary>
/// A mock's place in the calendar: when, the calendar's event id, the Teams join link and meeting
/// chat (both null offline), who organised it, and <see cref="Sequence"/> (0 when booked, raised by
/// each move, as in an iCalendar SEQUENCE). Reminders sent are kept per sequence, so a moved mock
/// reminds again at its new time and a repeat of a reminder is never sent.
/// </summary>
public sealed record MockBooking
{
    public required MeetingSlot Slot { get; init; }
    public required string EventId { get; init; }
    public required string OrganizerId { get; init; }
    public Uri? JoinUrl { get; init; }
    public string? ChatThreadId { get; init; }
    /// <summary>Where a person adds or opens the event (the offline .ics, or the calendar's own link).</summary>
    public Uri? CalendarLink { get; init; }
    public int Sequence { get; init; }
    public BookingState State { get; init; } = BookingState.Scheduled;
    /// <summary>When it was booked or last moved: reminders whose moment had already passed then are not sent.</summary>
    public required DateTimeOffset ChangedAt { get; init; }
    public IReadOnlyList<ReminderKind> RemindersSent { get; init; } = [];
    public DateTimeOffset? CheckedInAt { get; init; }
    public DateTimeOffset? CancelledAt { get; init; }

    public bool IsCancelled => State == BookingState.Cancelled;

    public static TimeSpan PrepLead { get; } = TimeSpan.FromHours(24);

    public static TimeSpan ArrivalLead { get; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// When a reminder falls due, or null when it is not sent for this booking: cancelled, already
    /// sent, or booked too close to the start for it to help (the confirmation carries the same prep).
    /// The prep card goes out 24 h before, or at once when the mock was booked 1–24 h ahead.
    /// </summary>
    public DateTimeOffset? DueAt(ReminderKind kind)
    {
        if (IsCancelled || RemindersSent.Contains(kind))
        {
            return null;
        }

        return kind switch
        {
            ReminderKind.Prep when Slot.Start - ChangedAt > TimeSpan.FromHours(1) =>
                Slot.Start - PrepLead > ChangedAt ? Slot.Start - PrepLead : ChangedAt,
            ReminderKind.Arrival when Slot.Start - ArrivalLead > ChangedAt => Slot.Start - ArrivalLead,
            _ => null,
        };
    }
}
