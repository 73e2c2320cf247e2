using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Application.Timing;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Scheduling;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Application.Scheduling;

/// <summary>
/// Moving and cancelling a booked mock, by either of its two people, up to
/// <see cref="SchedulingOptions.ChangeCutoff"/> before the start. The rules are checked on the stored
/// session before the calendar is asked; the session changes only after the calendar did. A move
/// raises the booking's sequence and moves the reminders; a cancel drops them. Both people get the
/// updated card.
/// </summary>
public sealed partial class ChangeBooking(
    ISessionStore sessions, IMockCalendar calendar, ITimerScheduler timers, OutboundDelivery delivery, IOptions<SchedulingOptions> options,
    TimeProvider time, ILogger<ChangeBooking> logger)
{
    public async Task<CardResult> MoveAsync(ChatTurn turn, CardData data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(data);
        var now = time.GetUtcNow();
        var cutoff = options.Value.ChangeCutoff;
        var slot = ScheduleRequest.RequireSlot(data);
        var session = await sessions.GetAsync(data.RequireSessionId(), cancellationToken).ConfigureAwait(false);
        if (session.Booking is { IsCancelled: false } current && current.Slot == slot)
        {
            return Result(turn, session, BookingNotice.Moved); // a repeat of the same move: nothing to ask the calendar
        }

        var booking = session.RequireMovable(turn.Actor.Id, slot, now, cutoff);
        MockSession.CheckSlot(slot, now, ScheduleRequest.Window(data));
        try
        {
            await calendar.RescheduleAsync(BookingViews.ToMeeting(booking), slot, cancellationToken).ConfigureAwait(false);
        }
        catch (CalendarException e)
        {
            LogCalendarRefused(logger, e, session.Id, "move", turn.ActivityId);
            return new CardResult(SchedulingNotices.CalendarFailed(e));
        }

        var saved = await sessions.UpdateAsync(session.Id, s => s.Reschedule(turn.Actor.Id, slot, now, cutoff), cancellationToken).ConfigureAwait(false);
        await timers.TrackAsync(saved, cancellationToken).ConfigureAwait(false);
        await delivery.SendAsync(BookMock.ToBoth(saved, BookingNotice.Moved, turn, null, cutoff, now), cancellationToken).ConfigureAwait(false);
        LogChanged(logger, saved.Id, "moved", saved.Booking!.Sequence, turn.ActivityId);
        return Result(turn, saved, BookingNotice.Moved);
    }

    public async Task<CardResult> CancelAsync(ChatTurn turn, CardData data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(data);
        var now = time.GetUtcNow();
        var cutoff = options.Value.ChangeCutoff;
        var session = await sessions.GetAsync(data.RequireSessionId(), cancellationToken).ConfigureAwait(false);
        if (session.Booking is { IsCancelled: true })
        {
            return Result(turn, session, BookingNotice.Cancelled); // a double click: it is cancelled already
        }

        var booking = session.RequireCancellable(turn.Actor.Id, now, cutoff);
        try
        {
            await calendar.CancelAsync(BookingViews.ToMeeting(booking), $"{turn.Actor.Name} cancelled this mock interview.", cancellationToken).ConfigureAwait(false);
        }
        catch (CalendarException e)
        {
            LogCalendarRefused(logger, e, session.Id, "cancel", turn.ActivityId);
            return new CardResult(SchedulingNotices.CalendarFailed(e));
        }

        MockSession saved;
        try
        {
            saved = await sessions.UpdateAsync(session.Id, s => s.Cancel(turn.Actor.Id, now, cutoff), cancellationToken).ConfigureAwait(false);
        }
        catch (StaleActionException)
        {
            saved = await sessions.GetAsync(session.Id, cancellationToken).ConfigureAwait(false); // cancelled by the other person meanwhile
        }

        await timers.TrackAsync(saved, cancellationToken).ConfigureAwait(false); // no reminder is due any more: the timer goes
        await delivery.SendAsync(BookMock.ToBoth(saved, BookingNotice.Cancelled, turn, null, cutoff, now), cancellationToken).ConfigureAwait(false);
        LogChanged(logger, saved.Id, "cancelled", saved.Booking!.Sequence, turn.ActivityId);
        return Result(turn, saved, BookingNotice.Cancelled);
    }

    private CardResult Result(ChatTurn turn, MockSession session, BookingNotice notice)
    {
        var canChange = BookMock.CanChange(session, time.GetUtcNow(), options.Value.ChangeCutoff);
        var shared = turn.Kind == ChatKind.Personal ? null : BookingViews.Booking(session, viewerId: null, notice, canChange);
        return new CardResult(BookingViews.Booking(session, turn.Actor.Id, notice, canChange), shared, session.Id);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} {Change} (booking sequence {Sequence}, activity {ActivityId})")]
    private static partial void LogChanged(ILogger logger, string sessionId, string change, int sequence, string activityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The calendar refused to {Change} session {SessionId} (activity {ActivityId}); nothing changed")]
    private static partial void LogCalendarRefused(ILogger logger, Exception exception, string sessionId, string change, string activityId);
}
