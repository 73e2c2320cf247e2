using Microsoft.Extensions.Logging;
using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Application.Timing;
using TeamsMockBot.Domain.Scheduling;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Domain.Timing;

namespace TeamsMockBot.Application.Scheduling;

/// <summary>
/// A booked mock's reminder timer fell due (<see cref="TimerSchedule.NextReminder"/>): the reminder is
/// recorded on the session inside the ETag loop, then queued for the candidate's personal chat under
/// <c>reminder-24h/{sessionId}/{sequence}</c> or <c>reminder-10min/…</c>. A timer from before a move or a
/// cancel, or one another instance fired first, finds the session changed and sends nothing; a
/// redelivered timer (the process died before the message was queued) queues it again under the same
/// key, which durable delivery sends once.
/// </summary>
public sealed partial class SendReminder(
    ISessionStore sessions, ITimerScheduler timers, OutboundDelivery delivery, PrepCards prepCards, TimeProvider time, ILogger<SendReminder> logger)
{
    public async Task<TimerFireOutcome> FireAsync(string sessionId, DueTimer due, bool redelivered, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(due);
        var kind = TimerSchedule.ReminderOf(due.Purpose) ?? throw new ArgumentException("Not a reminder timer.", nameof(due));
        MockSession? seen = null;
        MockSession saved;
        try
        {
            saved = await sessions.UpdateAsync(sessionId, s =>
            {
                seen = s;
                return TimerSchedule.NextReminder(s) == due ? s.RecordReminder(kind, due.QuestionNumber) : throw new StaleActionException("That reminder is no longer due.");
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (SessionNotFoundException)
        {
            await timers.ForgetAsync(sessionId, cancellationToken).ConfigureAwait(false);
            return TimerFireOutcome.Gone;
        }
        catch (StaleActionException)
        {
            await timers.TrackAsync(seen!, cancellationToken).ConfigureAwait(false);
            if (redelivered && seen!.Booking is { IsCancelled: false } b && b.Sequence == due.QuestionNumber && b.RemindersSent.Contains(kind))
            {
                await QueueAsync(seen, kind, cancellationToken).ConfigureAwait(false);
            }

            return TimerFireOutcome.Stale;
        }

        // Late (the bot was down past the start): the record stands, but a reminder for a time gone by helps nobody.
        if (time.GetUtcNow() < saved.Booking!.Slot.End)
        {
            await QueueAsync(saved, kind, cancellationToken).ConfigureAwait(false);
        }

        await timers.TrackAsync(saved, cancellationToken).ConfigureAwait(false);
        LogSent(logger, saved.Id, kind.ToString(), due.QuestionNumber);
        return TimerFireOutcome.Announced;
    }

    public static string KeyOf(string sessionId, ReminderKind kind, int sequence) =>
        $"{(kind == ReminderKind.Prep ? "reminder-24h" : "reminder-10min")}/{sessionId}/{sequence}";

    private async Task QueueAsync(MockSession session, ReminderKind kind, CancellationToken cancellationToken)
    {
        var card = kind == ReminderKind.Prep ? await prepCards.BuildAsync(session, cancellationToken).ConfigureAwait(false) : BookingViews.Arrival(session);
        await delivery.SendAsync([OutboundMessage.ToPerson(KeyOf(session.Id, kind, session.Booking!.Sequence), session.Candidate.Id, session.Id, card)], cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId}: {Reminder} reminder queued for the candidate (booking sequence {Sequence})")]
    private static partial void LogSent(ILogger logger, string sessionId, string reminder, int sequence);
}
