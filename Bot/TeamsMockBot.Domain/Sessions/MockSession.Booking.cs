using TeamsMockBot.Domain.Scheduling;

namespace TeamsMockBot.Domain.Sessions;

/// <summary>
/// A mock booked ahead in the calendar: its slot, event and meeting chat (<see cref="MockBooking"/>),
/// moved or cancelled up to a cut-off before the start, and the reminders sent to the candidate.
/// Sessions stored before booking existed have none and read as before.
/// </summary>
public sealed partial record MockSession
{
    /// <summary>The calendar booking, for a mock scheduled ahead; null for a mock started on the spot.</summary>
    public MockBooking? Booking { get; init; }

    /// <summary>
    /// Refuses a slot that cannot be booked: ending before it starts, already begun, or outside the
    /// window the people were offered. Checked before anything is asked of the calendar.
    /// </summary>
    public static void CheckSlot(MeetingSlot slot, DateTimeOffset now, MeetingSlot? window)
    {
        ArgumentNullException.ThrowIfNull(slot);
        if (slot.End <= slot.Start)
        {
            throw new SchedulingRuleException("That time ends before it starts. Pick one of the times offered.");
        }

        if (slot.Start < now)
        {
            throw new SchedulingRuleException("That time has already passed. Find times again to see what is still free.");
        }

        if (slot.Length > TimeSpan.FromMinutes(SessionSetup.MaxLengthMinutes))
        {
            throw new SchedulingRuleException($"A mock runs at most {SessionSetup.MaxLengthMinutes} minutes.");
        }

        if (window is not null && (slot.Start < window.Start || slot.End > window.End))
        {
            throw new SchedulingRuleException("That time is outside the days you asked for. Find times again with a wider window.");
        }
    }

    /// <summary>Records the calendar's booking. Booking the same event again (a retry, a double click) changes nothing.</summary>
    public MockSession Schedule(MockBooking booking)
    {
        ArgumentNullException.ThrowIfNull(booking);
        if (Booking is { } existing)
        {
            return existing.EventId == booking.EventId ? this : throw new StaleActionException("This mock is already booked.");
        }

        if (Stage != SessionStage.Ready)
        {
            throw new StaleActionException("This mock interview has already started.");
        }

        return this with { Booking = booking };
    }

    /// <summary>
    /// Checks a move to <paramref name="slot"/> is allowed: by one of the two people, on a booking
    /// not cancelled, not yet started, before the cut-off, to a time that can be booked.
    /// </summary>
    public MockBooking RequireMovable(string actorId, MeetingSlot slot, DateTimeOffset now, TimeSpan cutoff)
    {
        var booking = RequireChangeable(actorId, now, cutoff, "move");
        CheckSlot(slot, now, window: null);
        return booking;
    }

    /// <summary>Moves the booking to the calendar's new slot: the sequence goes up and the reminders start over for the new time.</summary>
    public MockSession Reschedule(string actorId, MeetingSlot slot, DateTimeOffset now, TimeSpan cutoff)
    {
        var booking = RequireMovable(actorId, slot, now, cutoff);
        if (booking.Slot == slot)
        {
            return this; // a repeat of the same move
        }

        return this with
        {
            Booking = booking with { Slot = slot, Sequence = booking.Sequence + 1, State = BookingState.Rescheduled, ChangedAt = now, RemindersSent = [], CheckedInAt = null },
        };
    }

    /// <summary>Checks "Reschedule" may offer new times (the same rules as a move, before a time is picked); returns the booking.</summary>
    public MockBooking RequireChangeable(string actorId, DateTimeOffset now, TimeSpan cutoff) =>
        RequireChangeable(actorId, now, cutoff, "change");

    /// <summary>Checks a cancel is allowed (one of the two people, before the cut-off); returns the booking to cancel.</summary>
    public MockBooking RequireCancellable(string actorId, DateTimeOffset now, TimeSpan cutoff) =>
        RequireChangeable(actorId, now, cutoff, "cancel");

    /// <summary>Cancels the booking; its reminders are dropped (<see cref="MockBooking.DueAt"/> is null once cancelled).</summary>
    public MockSession Cancel(string actorId, DateTimeOffset now, TimeSpan cutoff)
    {
        var booking = RequireCancellable(actorId, now, cutoff);
        return this with { Booking = booking with { State = BookingState.Cancelled, CancelledAt = now } };
    }

    /// <summary>The reminder of <paramref name="kind"/> for booking <paramref name="sequence"/> was queued for delivery; recorded once.</summary>
    public MockSession RecordReminder(ReminderKind kind, int sequence)
    {
        if (Booking is not { } booking || booking.Sequence != sequence || booking.DueAt(kind) is null)
        {
            throw new StaleActionException("That reminder is no longer due.");
        }

        return this with { Booking = booking with { RemindersSent = [.. booking.RemindersSent, kind] } };
    }

    /// <summary>The candidate pressed "I'm here". Only the candidate checks in, once per booking time.</summary>
    public MockSession CheckIn(string actorId, DateTimeOffset now)
    {
        if (Booking is not { IsCancelled: false } booking)
        {
            throw new SchedulingRuleException(Booking is null ? "This mock was not booked ahead, so there is nothing to check in to." : "This mock was cancelled.");
        }

        if (!IsCandidate(actorId))
        {
            throw new SchedulingRuleException("Only the candidate checks in.");
        }

        if (now > booking.Slot.End)
        {
            throw new SchedulingRuleException("This mock's time is over.");
        }

        return booking.CheckedInAt is null ? this with { Booking = booking with { CheckedInAt = now } } : this;
    }

    private MockBooking RequireChangeable(string actorId, DateTimeOffset now, TimeSpan cutoff, string what)
    {
        if (Booking is not { } booking)
        {
            throw new SchedulingRuleException("This mock was not booked in a calendar, so there is nothing to change.");
        }

        if (!IsParticipant(actorId))
        {
            throw new SchedulingRuleException($"Only the interviewer and the candidate can {what} this mock.");
        }

        if (booking.IsCancelled)
        {
            throw new StaleActionException("This mock was already cancelled.");
        }

        if (Stage != SessionStage.Ready)
        {
            throw new SchedulingRuleException($"This mock has already started, so it can't be {(what == "move" ? "moved" : "cancelled")}.");
        }

        if (now > booking.Slot.Start - cutoff)
        {
            throw new SchedulingRuleException(
                $"It's less than {Hours(cutoff)} before the mock, too late to {what} it here. Please tell the other person directly.");
        }

        return booking;
    }

    private static string Hours(TimeSpan span) =>
        span.TotalHours >= 1 ? $"{span.TotalHours:0.#} hours" : $"{span.TotalMinutes:0} minutes";
}
