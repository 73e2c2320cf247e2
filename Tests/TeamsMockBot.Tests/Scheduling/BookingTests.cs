using System.Text.Json.Nodes;
using Ical.Net.CalendarComponents;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Scheduling;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Domain.Timing;
using TeamsMockBot.Storage;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Scheduling;

/// <summary>
/// Booking a mock through <c>/api/messages</c> with the offline calendar (no Graph credential): the
/// schedule form, the offered times in the viewer's zone, booking once, the .ics invite, changes up
/// to the cut-off, and the reminders through the durable timers. The host's clock starts on
/// Wednesday 25 November 2026, 15:00 UTC; the mentor's Teams client is in Berlin (UTC+1).
/// </summary>
public sealed class BookingTests : HostTest
{
    /// <summary>Monday 30 November, 10:00 UTC: far enough ahead for both reminders.</summary>
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);

    private SchedulingDriver Driver => new(Host);

    public override Task InitializeAsync()
    {
        Host.Teams.Roster.Add(Mentor);
        Host.Teams.Roster.Add(Student);
        Host.Teams.Roster.Add(Bystander);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ScheduleCommand_InAGroupChat_ShowsTheFormWithTheChatsMembers()
    {
        using (var response = await Host.PostActivityAsync(GroupMessage(Mentor, "<at>TeamsMockBot</at> schedule a mock")))
        {
            Assert.Equal(200, (int)response.StatusCode);
        }

        var form = Host.Teams.Calls.Single(c => c.Method == "POST" && c.ConversationId == GroupChatId).Card!;
        Assert.Contains(CardVerbs.FindSlots, CardJson.Verbs(form));
        Assert.Contains(CardVerbs.BookNow, CardJson.Verbs(form));
        Assert.Contains(Student.Name, CardJson.Text(form));
        Assert.Equal("60", CardJson.Inputs(form)[CardInputs.Length]);
    }

    [Fact]
    public async Task FindSlots_Offline_OffersTheThreeEarliestOfficeHourSlotsInTheViewersZone()
    {
        var slots = await Driver.FindSlotsAsync();

        var titles = slots["body"]!.AsArray().Last()!["actions"]!.AsArray().Select(a => a!["title"]!.GetValue<string>()).ToList();
        Assert.Equal(["Wed 25 Nov, 16:00–17:00", "Thu 26 Nov, 09:00–10:00", "Thu 26 Nov, 09:30–10:30", "Meet now instead"], titles);
        Assert.Contains("Europe/Berlin", CardJson.Text(slots));
        Assert.Empty(await Host.Store.ListKeysAsync(DocumentKeys.SessionsPrefix, CancellationToken.None).ToListAsync()); // offering times stores nothing
    }

    [Fact]
    public async Task Book_AnOfferedTime_StoresTheBookingConfirmsToBothAndServesAnIcsThatParsesBack()
    {
        var (sessionId, card) = await Driver.FindAndBookAsync();

        var session = (await Host.SessionAsync(sessionId))!;
        var thursday = new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);
        Assert.Equal(new MeetingSlot(thursday, thursday.AddHours(1)), session.Booking!.Slot);
        Assert.Equal(sessionId, session.Booking.EventId);
        Assert.Null(session.Booking.JoinUrl);
        Assert.Equal((Mentor.Id, Student.Id), (session.Interviewer.Id, session.Candidate.Id));
        Assert.Equal(SessionStage.Ready, session.Stage);

        // Both people get the confirmation in their personal chat; offline it says where the mock runs.
        foreach (var person in new[] { Mentor, Student })
        {
            var confirmation = Assert.Single(Driver.CardsTo(person));
            Assert.Contains("You're booked", CardJson.Text(confirmation));
            Assert.Contains("runs in the chat it was booked from", CardJson.Text(confirmation));
            Assert.Equal(SchedulingDriver.CalendarLink(card), SchedulingDriver.CalendarLink(confirmation));
        }

        // The chat it was booked in points at the session (meeting events and the side panel find it there).
        var pointer = await Host.Store.ReadAsync<ChatSessionPointer>(DocumentKeys.ChatCurrentSession(GroupChatId), CancellationToken.None);
        Assert.Equal(sessionId, pointer!.Value.SessionId);

        var link = SchedulingDriver.CalendarLink(card);
        Assert.Matches("^/calendar/[0-9a-f]{32}\\.ics$", link.AbsolutePath);
        var (status, type, body) = await Driver.GetAsync(link);
        Assert.Equal((200, "text/calendar"), (status, type));
        var invite = Ical.Net.Calendar.Load(body)!;
        Assert.Equal("REQUEST", invite.Method);
        var meeting = Assert.Single(invite.Events);
        Assert.Equal(sessionId, meeting.Uid);
        Assert.Equal(0, meeting.Sequence);
        Assert.Equal(SchedulingDriver.MentorZone, Assert.Single(invite.TimeZones).TzId);
        Assert.Equal(SchedulingDriver.MentorZone, meeting.DtStart!.TzId);
        Assert.Equal(thursday.UtcDateTime, meeting.DtStart.AsUtc);
        Assert.Equal(thursday.AddHours(1).UtcDateTime, meeting.DtEnd!.AsUtc);
        // Read as properties: Ical.Net's typed Attendees list of a loaded event does not always enumerate what it counts.
        var organizer = Assert.Single(meeting.Properties, p => p.Name == "ORGANIZER");
        Assert.Equal(Mentor.Name, organizer.Parameters.Get("CN"));
        var attendee = Assert.Single(meeting.Properties, p => p.Name == "ATTENDEE");
        Assert.Equal(Student.Name, attendee.Parameters.Get("CN"));
        Assert.Contains("ORGANIZER;CN=Morgan Mentor:urn:uuid:" + DirectoryIdOf(Mentor.Id), body.Replace("\r\n ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("STAR", meeting.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Book_DoubleClickAndASecondSlotOnTheSameCard_BooksOnce()
    {
        var slots = await Driver.FindSlotsAsync();
        var first = await Driver.BookAsync(SchedulingDriver.SlotData(slots, 1));
        var again = await Driver.BookAsync(SchedulingDriver.SlotData(slots, 1));
        var other = await Driver.BookAsync(SchedulingDriver.SlotData(slots, 2));

        Assert.Single(await Host.Store.ListKeysAsync(DocumentKeys.SessionsPrefix, CancellationToken.None).ToListAsync());
        Assert.Single(await Host.Store.ListKeysAsync("calendar/invites/", CancellationToken.None).ToListAsync());
        Assert.Equal(SchedulingDriver.CalendarLink(first), SchedulingDriver.CalendarLink(again));
        Assert.Equal(SchedulingDriver.CalendarLink(first), SchedulingDriver.CalendarLink(other));
        Assert.Single(Driver.CardsTo(Mentor));
        Assert.Single(Driver.CardsTo(Student));
    }

    [Fact]
    public async Task Book_SlotInThePast_ClearCardAndNothingStored()
    {
        var slots = await Driver.FindSlotsAsync();

        var refused = await Driver.BookAsync(SchedulingDriver.SlotData(slots, 0, start: Host.Time.GetUtcNow().AddHours(-2)));

        Assert.Contains("already passed", CardJson.Text(refused), StringComparison.Ordinal);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Book_EndBeforeStartOrOutsideTheWindow_ClearCardAndNothingStored()
    {
        var slots = await Driver.FindSlotsAsync();
        var backwards = SchedulingDriver.SlotData(slots, 1);
        backwards[CardInputs.SlotEnd] = SlotsCard.Iso(Host.Time.GetUtcNow().AddHours(1));

        Assert.Contains("ends before it starts", CardJson.Text(await Driver.BookAsync(backwards)), StringComparison.Ordinal);
        Assert.Contains("outside the days you asked for", CardJson.Text(await Driver.BookAsync(SchedulingDriver.SlotData(slots, 1, start: Monday.AddDays(10)), "msg-slots-2")), StringComparison.Ordinal);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task FindAndBook_UnknownPerson_ClearCardAndNothingStored()
    {
        var stranger = SchedulingDriver.Form("29:not-in-this-chat");
        Assert.Contains("can't find that person", CardJson.Text(await Driver.FindSlotsAsync(stranger)), StringComparison.Ordinal);

        var slots = await Driver.FindSlotsAsync();
        var tampered = SchedulingDriver.SlotData(slots, 1);
        tampered[CardInputs.Candidate] = "29:not-in-this-chat";
        Assert.Contains("can't find that person", CardJson.Text(await Driver.BookAsync(tampered)), StringComparison.Ordinal);

        await AssertNothingStoredAsync();
        Assert.Contains(Host.Logs.GetSnapshot(), r => r.Exception is SchedulingRuleException && r.Message.Contains("activity-", StringComparison.Ordinal)); // logged with the activity id
    }

    [Fact]
    public async Task Cancel_AfterTheCutoff_RefusedAndNothingChanges()
    {
        var (sessionId, card) = await Driver.FindAndBookAsync(); // Thursday 08:00 UTC, 17 hours ahead
        Host.Time.Advance(TimeSpan.FromHours(6)); // 11 hours ahead: inside the 12-hour cut-off

        var refused = await Driver.ChangeAsync(Student, CardVerbs.CancelBooking, sessionId);

        Assert.Contains("less than 12 hours before the mock", CardJson.Text(refused), StringComparison.Ordinal);
        Assert.Equal(BookingState.Scheduled, (await Host.SessionAsync(sessionId))!.Booking!.State);
        Assert.Equal("REQUEST", Ical.Net.Calendar.Load((await Driver.GetAsync(SchedulingDriver.CalendarLink(card))).Body)!.Method);
        Assert.Contains("less than 12 hours", CardJson.Text(await Driver.ChangeAsync(Mentor, CardVerbs.ChangeBooking, sessionId)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reschedule_RaisesTheSequenceAndMovesTheReminders()
    {
        var (sessionId, card) = await Driver.FindAndBookAsync(Monday);
        Assert.Equal(new DueTimer(TimerPurpose.PrepReminder, 0, TimerMilestone.None, Monday.AddDays(-1)), await DueTimerAsync(sessionId));

        // The student asks for other times and picks Tuesday.
        var offer = await Driver.ChangeAsync(Student, CardVerbs.ChangeBooking, sessionId);
        Assert.Contains(CardVerbs.MoveBooking, CardJson.Verbs(offer));
        var move = SchedulingDriver.SlotData(offer, 0, start: Monday.AddDays(1));
        var moved = await Driver.ChangeAsync(Student, CardVerbs.MoveBooking, sessionId, move);
        await Driver.ChangeAsync(Student, CardVerbs.MoveBooking, sessionId, move.DeepClone().AsObject()); // a double click moves once

        Assert.Contains("New time", CardJson.Text(moved), StringComparison.Ordinal);
        var booking = (await Host.SessionAsync(sessionId))!.Booking!;
        Assert.Equal((1, BookingState.Rescheduled, Monday.AddDays(1)), (booking.Sequence, booking.State, booking.Slot.Start));
        Assert.Equal(new DueTimer(TimerPurpose.PrepReminder, 1, TimerMilestone.None, Monday), await DueTimerAsync(sessionId));
        Assert.All(new[] { Mentor, Student }, p => Assert.Single(Driver.CardsTo(p), c => CardJson.Text(c).Contains("New time", StringComparison.Ordinal)));

        var invite = Ical.Net.Calendar.Load((await Driver.GetAsync(SchedulingDriver.CalendarLink(card))).Body)!;
        var meeting = Assert.Single(invite.Events);
        Assert.Equal((1, "REQUEST", sessionId), (meeting.Sequence, invite.Method, meeting.Uid));
        Assert.Equal(Monday.AddDays(1).UtcDateTime, meeting.DtStart!.AsUtc);

        // The old reminder time passes without a card; the new one sends the prep card once.
        Host.Time.Advance(Monday.AddDays(-1) - Host.Time.GetUtcNow());
        await Host.FireDueTimersAsync();
        Assert.DoesNotContain(Driver.CardsTo(Student), c => CardJson.Text(c).Contains("Get ready", StringComparison.Ordinal));
        Host.Time.Advance(TimeSpan.FromDays(1));
        await Host.FireDueTimersAsync();
        await Host.FireDueTimersAsync();
        Assert.Single(Driver.CardsTo(Student), c => CardJson.Text(c).Contains("Get ready", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cancel_DropsTheRemindersAndTheIcsSaysCancel()
    {
        var (sessionId, card) = await Driver.FindAndBookAsync(Monday);

        var cancelled = await Driver.ChangeAsync(Mentor, CardVerbs.CancelBooking, sessionId);
        var again = await Driver.ChangeAsync(Mentor, CardVerbs.CancelBooking, sessionId);

        Assert.Contains("This mock is off", CardJson.Text(cancelled), StringComparison.Ordinal);
        Assert.Contains("This mock is off", CardJson.Text(again), StringComparison.Ordinal);
        Assert.Equal(BookingState.Cancelled, (await Host.SessionAsync(sessionId))!.Booking!.State);
        Assert.Null(await DueTimerAsync(sessionId));
        Assert.All(new[] { Mentor, Student }, p => Assert.Single(Driver.CardsTo(p), c => CardJson.Text(c).Contains("This mock is off", StringComparison.Ordinal)));

        var invite = Ical.Net.Calendar.Load((await Driver.GetAsync(SchedulingDriver.CalendarLink(card))).Body)!;
        Assert.Equal("CANCEL", invite.Method);
        var meeting = Assert.Single(invite.Events);
        Assert.Equal(("CANCELLED", 1, sessionId), (meeting.Status, meeting.Sequence, meeting.Uid));

        Host.Time.Advance(Monday - Host.Time.GetUtcNow());
        Assert.Equal(0, await Host.FireDueTimersAsync());
        Assert.DoesNotContain(Driver.CardsTo(Student), c => CardJson.Text(c).Contains("Get ready", StringComparison.Ordinal) || CardJson.Verbs(c).Contains(CardVerbs.CheckIn));
        var start = await Host.InvokeAsync(SchedulingDriver.Click(Mentor, CardVerbs.Start, new JsonObject { [CardInputs.SessionId] = sessionId }, SchedulingDriver.SlotsCardId));
        Assert.Contains("cancelled", CardJson.Text(start), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminders_PrepADayAheadThenArrival_EachOnce_AndTheCheckInTellsTheInterviewer()
    {
        var (sessionId, _) = await Driver.FindAndBookAsync(Monday);

        Host.Time.Advance(Monday.AddDays(-1) - Host.Time.GetUtcNow());
        await Host.FireDueTimersAsync();
        await Host.FireDueTimersAsync();
        var prep = Assert.Single(Driver.CardsTo(Student), c => CardJson.Text(c).Contains("Get ready", StringComparison.Ordinal));
        var text = CardJson.Text(prep);
        Assert.Contains("STAR", text, StringComparison.Ordinal);
        Assert.Contains("questions of your own", text, StringComparison.Ordinal);
        Assert.Contains("Camera on", text, StringComparison.Ordinal);
        Assert.Contains("only if both of you agree", text, StringComparison.Ordinal);
        Assert.Contains("Leadership stories", text, StringComparison.Ordinal);
        Assert.Equal(new DueTimer(TimerPurpose.ArrivalReminder, 0, TimerMilestone.None, Monday.AddMinutes(-10)), await DueTimerAsync(sessionId));

        Host.Time.Advance(Monday.AddMinutes(-10) - Host.Time.GetUtcNow());
        await Host.FireDueTimersAsync();
        await Host.FireDueTimersAsync();
        var arrival = Assert.Single(Driver.CardsTo(Student), c => CardJson.Verbs(c).Contains(CardVerbs.CheckIn));
        Assert.Null(await DueTimerAsync(sessionId));

        var checkedIn = await Host.InvokeAsync(SchedulingDriver.Click(Student, CardVerbs.CheckIn, CardJson.Data(arrival, CardVerbs.CheckIn), "msg-arrival", conversationType: "personal"));
        await Host.InvokeAsync(SchedulingDriver.Click(Student, CardVerbs.CheckIn, CardJson.Data(arrival, CardVerbs.CheckIn), "msg-arrival", conversationType: "personal"));
        Assert.Contains("checked in", CardJson.Text(checkedIn), StringComparison.Ordinal);
        Assert.Equal(Monday.AddMinutes(-10), (await Host.SessionAsync(sessionId))!.Booking!.CheckedInAt);
        Assert.Single(Driver.CardsTo(Mentor), c => CardJson.Text(c).Contains("Your candidate is here", StringComparison.Ordinal));

        var refused = await Host.InvokeAsync(SchedulingDriver.Click(Mentor, CardVerbs.CheckIn, CardJson.Data(arrival, CardVerbs.CheckIn), "msg-arrival", conversationType: "personal"));
        Assert.Contains("Only the candidate", CardJson.Text(refused), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeetNow_BooksAnInstantMockWithNoReminders()
    {
        var card = await Host.InvokeAsync(SchedulingDriver.Click(Mentor, CardVerbs.BookNow, SchedulingDriver.Form(Student.Id, lengthMinutes: 45), SchedulingDriver.FormCardId));

        Assert.Contains("You're booked", CardJson.Text(card), StringComparison.Ordinal);
        var sessionId = Assert.Single(await Host.Store.ListKeysAsync(DocumentKeys.SessionsPrefix, CancellationToken.None).ToListAsync())[DocumentKeys.SessionsPrefix.Length..];
        var booking = (await Host.SessionAsync(sessionId))!.Booking!;
        var now = Host.Time.GetUtcNow();
        Assert.Equal(new MeetingSlot(now.AddMinutes(1), now.AddMinutes(46)), booking.Slot);
        Assert.Null(await DueTimerAsync(sessionId)); // no prep card or 10-minute reminder for a mock starting now
        Assert.DoesNotContain(CardVerbs.CancelBooking, CardJson.Verbs(card)); // inside the cut-off from the start
    }

    private async Task<DueTimer?> DueTimerAsync(string sessionId) =>
        (await Host.Store.ReadAsync<TimerEntry>(DocumentKeys.Timer(sessionId), CancellationToken.None))?.Value.Due;

    private async Task AssertNothingStoredAsync()
    {
        Assert.Empty(await Host.Store.ListKeysAsync(DocumentKeys.SessionsPrefix, CancellationToken.None).ToListAsync());
        Assert.Empty(await Host.Store.ListKeysAsync("calendar/", CancellationToken.None).ToListAsync());
        Assert.Empty(Driver.CardsTo(Mentor));
        Assert.Empty(Driver.CardsTo(Student));
    }
}
