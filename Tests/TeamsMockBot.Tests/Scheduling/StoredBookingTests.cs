using TeamsMockBot.Domain.Scheduling;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Storage;

namespace TeamsMockBot.Tests.Scheduling;

/// <summary>The booking is an additive field of the stored session: old documents read without one, and a booked session round-trips whole.</summary>
public sealed class StoredBookingTests
{
    private static readonly byte[] StoredBefore =
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", "session-stored-v1.json"));

    [Fact]
    public void Read_SessionStoredBeforeBookings_HasNoBookingAndNoReminderTimer()
    {
        var session = DocumentSerializer.Default.Deserialize<MockSession>(DocumentKeys.Session("s-stored-v1"), StoredBefore);

        Assert.Null(session.Booking);
        Assert.Null(Domain.Timing.TimerSchedule.NextReminder(session));
    }

    [Fact]
    public void Serialize_BookedSession_RoundTripsTheBooking()
    {
        var old = DocumentSerializer.Default.Deserialize<MockSession>(DocumentKeys.Session("s-stored-v1"), StoredBefore);
        var start = new DateTimeOffset(2026, 12, 1, 14, 0, 0, TimeSpan.Zero);
        var booking = new MockBooking
        {
            Slot = new MeetingSlot(start, start.AddHours(1)),
            EventId = "AAMkAGI2TG93AAA=",
            OrganizerId = "6e5c4e2a-0000-4000-8000-000000000001",
            JoinUrl = new Uri("https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0"),
            ChatThreadId = "19:meeting_x@thread.v2",
            CalendarLink = new Uri("https://example.test/calendar/00112233445566778899aabbccddeeff.ics"),
            Sequence = 2,
            State = BookingState.Rescheduled,
            ChangedAt = start.AddDays(-3),
            RemindersSent = [ReminderKind.Prep],
            CheckedInAt = start.AddMinutes(-5),
        };
        var booked = old with { Stage = SessionStage.Ready, Booking = booking };

        var key = DocumentKeys.Session(booked.Id);
        var back = DocumentSerializer.Default.Deserialize<MockSession>(key, DocumentSerializer.Default.Serialize(key, booked));

        Assert.Equal(booking with { RemindersSent = [] }, back.Booking! with { RemindersSent = [] });
        Assert.Equal([ReminderKind.Prep], back.Booking!.RemindersSent);
    }
}
