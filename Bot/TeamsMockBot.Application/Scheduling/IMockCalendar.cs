namespace TeamsMockBot.Application.Scheduling;

/// <summary>
/// Books mock interviews in people's calendars with an online meeting. The Graph adapter (issue 10)
/// implements it; nothing in the product uses it yet, so no implementation is registered.
/// </summary>
public interface IMockCalendar
{
    /// <summary>The earliest common free slots of everyone in <paramref name="request"/>, inside their working hours.</summary>
    Task<IReadOnlyList<MeetingSlot>> FindSlotsAsync(SlotRequest request, CancellationToken cancellationToken);

    /// <summary>Books the meeting; booking again with the same <see cref="MeetingBooking.IdempotencyKey"/> returns the first booking.</summary>
    Task<BookedMeeting> BookAsync(MeetingBooking booking, CancellationToken cancellationToken);

    Task<BookedMeeting> RescheduleAsync(string meetingId, MeetingSlot slot, CancellationToken cancellationToken);

    Task CancelAsync(string meetingId, string reason, CancellationToken cancellationToken);
}
