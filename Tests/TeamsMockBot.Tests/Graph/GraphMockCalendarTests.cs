using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using TeamsMockBot.Application.Scheduling;
using TeamsMockBot.Domain.Scheduling;
using Xunit.Abstractions;

namespace TeamsMockBot.Tests.Graph;

/// <summary>
/// The Graph calendar against the fake Graph (every request checked against the v1.0 contract) with the
/// production managed identity credential taking its token from a fake App Service identity endpoint.
/// </summary>
[Collection(GraphTestGroup.Name)]
public sealed class GraphMockCalendarTests(ManagedIdentityEnvironment environment, ITestOutputHelper output) : IAsyncLifetime
{
    // Friday 30 October 2026 is in the week New York leaves daylight saving (Sunday 1 November) and London already has (25 October).
    private static readonly DateTimeOffset FridayNineInNewYork = new(2026, 10, 30, 13, 0, 0, TimeSpan.Zero);   // EDT, UTC-4
    private static readonly DateTimeOffset MondayNineInNewYork = new(2026, 11, 2, 14, 0, 0, TimeSpan.Zero);    // EST, UTC-5

    private GraphHarness _harness = null!;

    private FakeGraph Graph => _harness.Graph;

    private IMockCalendar Calendar => _harness.Calendar;

    public async Task InitializeAsync()
    {
        _harness = await GraphHarness.StartAsync();
        Graph.AddUser(GraphHarness.MentorId, GraphHarness.MentorMail, "Morgan Mentor", mailboxTimeZone: "Eastern Standard Time");
        Graph.AddUser(GraphHarness.StudentId, GraphHarness.StudentMail, "Sam Student", mailboxTimeZone: "GMT Standard Time", workingHoursTimeZone: "W. Europe Standard Time", start: "10:00:00.0000000", end: "16:30:00.0000000");
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task FindPerson_ByMailOrId_ReturnsTheDirectoryPerson()
    {
        var byMail = await Calendar.FindPersonAsync(GraphHarness.StudentMail, default);
        var byId = await Calendar.FindPersonAsync(GraphHarness.StudentId, default);

        Assert.Equal(new CalendarPerson(GraphHarness.StudentId, GraphHarness.StudentMail, "Sam Student"), byMail);
        Assert.Equal(byMail, byId);
        Assert.All(Graph.Requests, r => Assert.Equal(("GET", "/users/{user-id}"), (r.Method, r.Template)));
        Assert.Contains("$select=id,displayName,mail,userPrincipalName", Graph.Requests[0].Query, StringComparison.Ordinal);
        _harness.AssertContractKept(environment);
    }

    [Fact]
    public async Task FindPerson_UnknownOrExternal_IsNull()
    {
        Graph.AddUser("9d8c7b6a-0000-4000-8000-000000000009", "guest@fabrikam.com", "A Guest", userPrincipalName: "guest_fabrikam.com#EXT#@contoso.edu");

        Assert.Null(await Calendar.FindPersonAsync("nobody@contoso.edu", default));
        Assert.Null(await Calendar.FindPersonAsync("someone@fabrikam.com", default));
        Assert.Null(await Calendar.FindPersonAsync("9d8c7b6a-0000-4000-8000-000000000009", default));
        Assert.Null(await Calendar.FindPersonAsync("guest@fabrikam.com", default));
        _harness.AssertContractKept(environment);
    }

    [Fact]
    public async Task GetAvailability_TwoTimeZonesAcrossADaylightSavingChange_GivesIanaZonesHoursAndUtcBusyTimes()
    {
        Graph.AddBusy(GraphHarness.MentorMail, FridayNineInNewYork, FridayNineInNewYork.AddHours(1));
        Graph.AddBusy(GraphHarness.MentorMail, MondayNineInNewYork, MondayNineInNewYork.AddHours(1));
        Graph.AddBusy(GraphHarness.MentorMail, MondayNineInNewYork.AddHours(2), MondayNineInNewYork.AddHours(3), status: "free");
        Graph.AddBusy(GraphHarness.StudentMail, new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 2, 11, 30, 0, TimeSpan.Zero), status: "tentative");
        var window = new MeetingSlot(new DateTimeOffset(2026, 10, 30, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 4, 0, 0, 0, TimeSpan.Zero));

        var availability = await Calendar.GetAvailabilityAsync([GraphHarness.Mentor, GraphHarness.Student], window, default);

        var mentor = availability.Single(a => a.DirectoryId == GraphHarness.MentorId);
        Assert.Equal("America/New_York", mentor.TimeZoneId);
        Assert.Equal("America/New_York", mentor.WorkingHours.TimeZoneId);
        Assert.Equal((new TimeOnly(8, 0), new TimeOnly(17, 0)), (mentor.WorkingHours.Start, mentor.WorkingHours.End));
        Assert.Equal(5, mentor.WorkingHours.Days.Count);
        Assert.DoesNotContain(DayOfWeek.Saturday, mentor.WorkingHours.Days);
        // 09:00 in New York is 13:00 UTC before the change and 14:00 UTC after it; "free" items are not busy.
        Assert.Equal([new MeetingSlot(FridayNineInNewYork, FridayNineInNewYork.AddHours(1)), new MeetingSlot(MondayNineInNewYork, MondayNineInNewYork.AddHours(1))], mentor.Busy);

        var student = availability.Single(a => a.DirectoryId == GraphHarness.StudentId);
        Assert.Equal("Europe/London", student.TimeZoneId);
        Assert.Equal("Europe/Berlin", student.WorkingHours.TimeZoneId); // working hours may be kept in another zone
        Assert.Equal((new TimeOnly(10, 0), new TimeOnly(16, 30)), (student.WorkingHours.Start, student.WorkingHours.End));
        Assert.Equal([new MeetingSlot(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 2, 11, 30, 0, TimeSpan.Zero))], student.Busy);

        var schedule = Graph.Requests.Single(r => r.Template == "/users/{user-id}/calendar/getSchedule");
        Assert.Equal("/users/" + GraphHarness.MentorId + "/calendar/getSchedule", schedule.Path);
        Assert.Equal("outlook.timezone=\"UTC\"", schedule.Headers["Prefer"]);
        Assert.Equal([GraphHarness.MentorMail, GraphHarness.StudentMail], Property(schedule.Body!, "schedules").AsArray().Select(s => (string)s!));
        Assert.Equal("2026-10-30T00:00:00", (string?)Property(schedule.Body!, "startTime")["dateTime"]);
        Assert.Equal(2, Graph.Requests.Count(r => r.Template == "/users/{user-id}/mailboxSettings"));
        _harness.AssertContractKept(environment);
    }

    [Fact]
    public async Task GetAvailability_PersonWithoutMailbox_IsACalendarExceptionNamingThem()
    {
        Graph.AddUser("6b5a4c3d-0000-4000-8000-00000000000a", "no.mailbox@contoso.edu", "Nora Nomail", mailboxTimeZone: null);
        var nora = new CalendarPerson("6b5a4c3d-0000-4000-8000-00000000000a", "no.mailbox@contoso.edu", "Nora Nomail");
        var window = new MeetingSlot(FridayNineInNewYork, FridayNineInNewYork.AddDays(2));

        var error = await Assert.ThrowsAsync<CalendarException>(() => Calendar.GetAvailabilityAsync([GraphHarness.Mentor, nora], window, default));

        Assert.False(error.IsTransient);
        Assert.Contains("Nora Nomail has no Outlook calendar", error.Message, StringComparison.Ordinal);
        _harness.AssertContractKept(environment);
    }

    [Fact]
    public async Task Book_MakesOneEventWithATeamsMeetingInTheBookingsTimeZone()
    {
        var booked = await Calendar.BookAsync(GraphHarness.Booking(MondayNineInNewYork, "America/New_York").Build(), default);

        var post = Graph.Requests.Single(r => r.Method == "POST");
        Assert.Equal("/users/" + GraphHarness.MentorId + "/events", post.Path);
        Assert.Equal("outlook.timezone=\"Eastern Standard Time\"", post.Headers["Prefer"]);
        Assert.StartsWith("Bearer ", post.Headers["Authorization"], StringComparison.Ordinal);
        var body = post.Body!.AsObject();
        Assert.True((bool)body["isOnlineMeeting"]!);
        Assert.Equal("teamsForBusiness", (string?)body["onlineMeetingProvider"]);
        Assert.Equal("session-7f3a", (string?)body["transactionId"]);
        Assert.Equal("Mock interview: Software engineering", (string?)body["subject"]);
        Assert.Equal("text", (string?)body["body"]!["contentType"]);
        Assert.Contains("STAR", (string?)body["body"]!["content"], StringComparison.Ordinal);
        Assert.Equal(GraphHarness.StudentMail, (string?)body["attendees"]![0]!["emailAddress"]!["address"]);
        Assert.Equal("required", (string?)body["attendees"]![0]!["type"]);
        Assert.Equal(new JsonObject { ["dateTime"] = "2026-11-02T09:00:00", ["timeZone"] = "Eastern Standard Time" }.ToJsonString(), Strip(body["start"]));
        Assert.Equal(new JsonObject { ["dateTime"] = "2026-11-02T10:00:00", ["timeZone"] = "Eastern Standard Time" }.ToJsonString(), Strip(body["end"]));

        var created = Assert.Single(Graph.Events);
        Assert.Equal(created.Id, booked.EventId);
        Assert.Equal(GraphHarness.MentorId, booked.OrganizerId);
        Assert.Equal(new MeetingSlot(MondayNineInNewYork, MondayNineInNewYork.AddHours(1)), booked.Slot);
        Assert.Equal(created.JoinUrl, booked.JoinUrl!.OriginalString);
        Assert.Equal(created.ChatThreadId, booked.ChatThreadId);
        Assert.Matches("^19:meeting_[A-Za-z0-9]+@thread.v2$", booked.ChatThreadId);
        _harness.AssertContractKept(environment);
    }

    [Fact]
    public async Task Book_OnEitherSideOfTheDaylightSavingChange_WritesTheLocalTimeOfThatDate()
    {
        await Calendar.BookAsync(GraphHarness.Booking(FridayNineInNewYork, "America/New_York", key: "before").Build(), default);
        await Calendar.BookAsync(GraphHarness.Booking(MondayNineInNewYork, "America/New_York", key: "after").Build(), default);

        var starts = Graph.Requests.Where(r => r.Method == "POST").Select(r => (string?)r.Body!["start"]!["dateTime"]).ToList();
        Assert.Equal(["2026-10-30T09:00:00", "2026-11-02T09:00:00"], starts);
        Assert.Equal([FridayNineInNewYork, MondayNineInNewYork], Graph.Events.Select(e => e.Start));
        _harness.AssertContractKept(environment);
    }

    [Fact]
    public async Task Book_SameIdempotencyKeyTwice_ReturnsTheFirstEvent()
    {
        var first = await Calendar.BookAsync(GraphHarness.Booking(MondayNineInNewYork).Build(), default);
        var second = await Calendar.BookAsync(GraphHarness.Booking(MondayNineInNewYork).Build(), default);

        Assert.Equal(first, second);
        Assert.Single(Graph.Events);
        _harness.AssertContractKept(environment);
    }

    [Fact]
    public async Task Book_Throttled_WaitsGraphsRetryAfterThenBooks()
    {
        Graph.ThrottleNext(1, retryAfterSeconds: 1);

        var booked = await Calendar.BookAsync(GraphHarness.Booking(MondayNineInNewYork).Build(), default);

        var posts = Graph.Requests.Where(r => r.Method == "POST").ToList();
        Assert.Equal(2, posts.Count);
        Assert.False(posts[0].Headers.ContainsKey("Retry-Attempt"));
        Assert.Equal("1", posts[1].Headers["Retry-Attempt"]); // the SDK's retry handler, not a hand-written loop
        var waited = Stopwatch.GetElapsedTime(posts[0].Arrived, posts[1].Arrived);
        Assert.True(waited >= TimeSpan.FromSeconds(0.95), $"The retry came {waited.TotalMilliseconds:F0} ms after the 429, before its Retry-After of 1 s.");
        Assert.Equal(Assert.Single(Graph.Events).Id, booked.EventId);
        output.WriteLine($"429 with Retry-After: 1 → retried after {waited.TotalMilliseconds:F0} ms");
        _harness.AssertContractKept(environment);
    }

    [Fact]
    public async Task Book_ThrottledPastItsRetries_IsATransientCalendarException()
    {
        await using var harness = await GraphHarness.StartAsync(new() { ["Graph:MaxRetries"] = "1" });
        harness.Graph.AddUser(GraphHarness.MentorId, GraphHarness.MentorMail, "Morgan Mentor");
        harness.Graph.ThrottleNext(5, retryAfterSeconds: 1);

        var error = await Assert.ThrowsAsync<CalendarException>(() => harness.Calendar.BookAsync(GraphHarness.Booking(MondayNineInNewYork).Build(), default));

        Assert.True(error.IsTransient);
        Assert.Contains("busy", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, harness.Graph.Requests.Count(r => r.Method == "POST"));
        Assert.Empty(harness.Graph.Events);
        harness.AssertContractKept(environment);
    }

    [Fact]
    public async Task Book_RetryAfterLongerThanTheTimeout_IsNotWaitedFor()
    {
        await using var harness = await GraphHarness.StartAsync(new() { ["Graph:RequestTimeout"] = "00:00:03" });
        harness.Graph.AddUser(GraphHarness.MentorId, GraphHarness.MentorMail, "Morgan Mentor");
        harness.Graph.ThrottleNext(1, retryAfterSeconds: 120);

        var error = await Assert.ThrowsAsync<CalendarException>(() => harness.Calendar.BookAsync(GraphHarness.Booking(MondayNineInNewYork).Build(), default));

        Assert.True(error.IsTransient);
        Assert.Contains("busy", error.Message, StringComparison.Ordinal);
        // One POST: waiting would have hit the timeout, and the lost answer would have been sent again.
        Assert.Single(harness.Graph.Requests, r => r.Method == "POST");
        harness.AssertContractKept(environment);
    }

    [Fact]
    public async Task Book_AnswerLostAfterTheEventWasMade_RetriesWithTheSameTransactionIdAndMakesNoDuplicate()
    {
        Graph.DropNextEventAnswer();

        var booked = await Calendar.BookAsync(GraphHarness.Booking(MondayNineInNewYork).Build(), default);

        var posts = Graph.Requests.Where(r => r.Method == "POST" && r.Template == "/users/{user-id}/events").ToList();
        Assert.Equal(2, posts.Count);
        Assert.All(posts, p => Assert.Equal("session-7f3a", (string?)p.Body!["transactionId"]));
        Assert.Equal(posts[0].Body!.ToJsonString(), posts[1].Body!.ToJsonString()); // the whole event again, not only what "changed"
        var created = Assert.Single(Graph.Events);
        Assert.Equal(created.Id, booked.EventId);
        Assert.Equal(created.ChatThreadId, booked.ChatThreadId);
        _harness.AssertContractKept(environment);
    }

    [Fact]
    public async Task Book_TeamsMeetingNotInTheFirstAnswer_IsReadOnceFromTheEvent()
    {
        Graph.MeetingArrivesLate = true;

        var booked = await Calendar.BookAsync(GraphHarness.Booking(MondayNineInNewYork).Build(), default);

        var read = Graph.Requests.Single(r => r.Method == "GET");
        Assert.Equal($"/users/{GraphHarness.MentorId}/events/{booked.EventId}", read.Path);
        Assert.Equal(Assert.Single(Graph.Events).ChatThreadId, booked.ChatThreadId);
        _harness.AssertContractKept(environment);
    }

    [Fact]
    public async Task Book_ReadingTheMeetingFails_StillReturnsTheBookingThatExists()
    {
        await using var harness = await GraphHarness.StartAsync(new() { ["Graph:MaxRetries"] = "0" });
        harness.Graph.AddUser(GraphHarness.MentorId, GraphHarness.MentorMail, "Morgan Mentor");
        harness.Graph.MeetingArrivesLate = true;
        harness.Graph.EventReadsFail = true;

        var booked = await harness.Calendar.BookAsync(GraphHarness.Booking(MondayNineInNewYork).Build(), default);

        // The event is made and the bot knows it (it can be moved or cancelled); only the meeting chat is unknown.
        Assert.Equal(Assert.Single(harness.Graph.Events).Id, booked.EventId);
        Assert.Null(booked.JoinUrl);
        Assert.Null(booked.ChatThreadId);
        Assert.Equal(MeetingChatJoin.NoChat, await harness.Calendar.JoinMeetingChatAsync(booked, default));
        harness.AssertContractKept(environment);
    }

    [Fact]
    public async Task Reschedule_PatchesTheSameEvent()
    {
        var booked = await Calendar.BookAsync(GraphHarness.Booking(MondayNineInNewYork).Build(), default);
        var later = new MeetingSlot(MondayNineInNewYork.AddDays(1), MondayNineInNewYork.AddDays(1).AddMinutes(45));

        var moved = await Calendar.RescheduleAsync(booked, later, default);

        var patch = Graph.Requests.Single(r => r.Method == "PATCH");
        Assert.Equal($"/users/{GraphHarness.MentorId}/events/{booked.EventId}", patch.Path);
        Assert.Equal(["end", "start"], patch.Body!.AsObject().Select(p => p.Key).Where(k => k != "@odata.type").Order());
        var created = Assert.Single(Graph.Events);
        Assert.Equal((later.Start, later.End, 1), (created.Start, created.End, created.Changes));
        Assert.Equal(booked with { Slot = later }, moved);
        _harness.AssertContractKept(environment);
    }

    [Fact]
    public async Task Cancel_PostsCancelWithTheMessage_AndASecondCancelIsNotAnError()
    {
        var booked = await Calendar.BookAsync(GraphHarness.Booking(MondayNineInNewYork).Build(), default);

        await Calendar.CancelAsync(booked, "Sam is ill; we will find another time.", default);
        await Calendar.CancelAsync(booked, "Sam is ill; we will find another time.", default);

        var cancels = Graph.Requests.Where(r => r.Template == "/users/{user-id}/events/{event-id}/cancel").ToList();
        Assert.Equal(2, cancels.Count);
        Assert.Equal("Sam is ill; we will find another time.", (string?)Property(cancels[0].Body!, "comment"));
        var created = Assert.Single(Graph.Events);
        Assert.True(created.Cancelled);
        Assert.Equal("Sam is ill; we will find another time.", created.CancelComment);
        _harness.AssertContractKept(environment);
    }

    [Fact]
    public async Task JoinMeetingChat_InstallsOnce_AndAlreadyInstalledIsJoined()
    {
        var booked = await Calendar.BookAsync(GraphHarness.Booking(MondayNineInNewYork).Build(), default);

        Assert.Equal(MeetingChatJoin.Joined, await Calendar.JoinMeetingChatAsync(booked, default));
        Assert.Equal(MeetingChatJoin.Joined, await Calendar.JoinMeetingChatAsync(booked, default)); // 409 Conflict

        var installs = Graph.Requests.Where(r => r.Template == "/chats/{chat-id}/installedApps").ToList();
        Assert.Equal(2, installs.Count);
        Assert.Equal("/chats/" + booked.ChatThreadId + "/installedApps", installs[0].Path);
        Assert.Equal(Graph.BaseUrl.AbsoluteUri + "/appCatalogs/teamsApps/" + FakeGraph.CatalogAppId, (string?)installs[0].Body!["teamsApp@odata.bind"]);
        _harness.AssertContractKept(environment);
    }

    [Fact]
    public async Task JoinMeetingChat_Refused_IsNotPermitted_AndUnknownChatIsNoChat()
    {
        var booked = await Calendar.BookAsync(GraphHarness.Booking(MondayNineInNewYork).Build(), default);
        Graph.InstallStatus = HttpStatusCode.Forbidden;

        Assert.Equal(MeetingChatJoin.NotPermitted, await Calendar.JoinMeetingChatAsync(booked, default));
        Assert.Equal(MeetingChatJoin.NoChat, await Calendar.JoinMeetingChatAsync(booked with { ChatThreadId = "19:meeting_gone@thread.v2" }, default));
        var before = Graph.Requests.Count;
        Assert.Equal(MeetingChatJoin.NoChat, await Calendar.JoinMeetingChatAsync(booked with { ChatThreadId = null }, default));
        Assert.Equal(before, Graph.Requests.Count);
        _harness.AssertContractKept(environment);
    }

    [Fact]
    public async Task AnyCall_IdentityEndpointRefusesTheClientId_IsATransientCalendarExceptionAndReachesNoGraph()
    {
        // Another client id than the one App Service knows: the identity endpoint refuses, so no token and no Graph call.
        await using var harness = await GraphHarness.StartAsync(new() { ["Graph:ManagedIdentityClientId"] = "00000000-0000-4000-8000-0000000000bd" });

        var error = await Assert.ThrowsAsync<CalendarException>(() => harness.Calendar.FindPersonAsync(GraphHarness.StudentMail, default));

        Assert.True(error.IsTransient);
        Assert.Contains("could not sign in to Microsoft 365", error.Message, StringComparison.Ordinal);
        Assert.Contains(environment.Identity.TakeRefusals(), r => r.Contains("client_id", StringComparison.Ordinal));
        Assert.Empty(harness.Graph.Requests);
    }

    [Fact]
    public async Task OneBooking_FromFindingBothPeopleToTheMeetingChat_CountsItsGraphRequests()
    {
        var mentor = (await Calendar.FindPersonAsync(GraphHarness.MentorMail, default))!;
        var student = (await Calendar.FindPersonAsync(GraphHarness.StudentMail, default))!;
        var afterFind = Graph.Requests.Count;
        await Calendar.GetAvailabilityAsync([mentor, student], new MeetingSlot(FridayNineInNewYork, FridayNineInNewYork.AddDays(5)), default);
        var afterAvailability = Graph.Requests.Count;
        var booked = await Calendar.BookAsync(GraphHarness.Booking(MondayNineInNewYork).Build() with { Organizer = mentor, Attendees = [student] }, default);
        var afterBook = Graph.Requests.Count;
        Assert.Equal(MeetingChatJoin.Joined, await Calendar.JoinMeetingChatAsync(booked, default));
        var total = Graph.Requests.Count;

        output.WriteLine($"Graph requests for one booking: {total} in all — find both people {afterFind}, availability {afterAvailability - afterFind}, "
            + $"create the event {afterBook - afterAvailability}, join the meeting chat {total - afterBook}; managed identity tokens fetched so far in this process: {environment.Identity.TokensIssued}.");
        Assert.Equal((2, 3, 1, 1), (afterFind, afterAvailability - afterFind, afterBook - afterAvailability, total - afterBook));
        _harness.AssertContractKept(environment);
    }

    // Action parameters are PascalCase in the CSDL and camelCase in the docs; Graph reads either.
    private static JsonNode Property(JsonNode body, string name) =>
        body.AsObject().Single(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value!;

    // The SDK may add "@odata.type" to nested objects; the contract allows it, the comparison ignores it.
    private static string Strip(JsonNode? node)
    {
        var copy = node!.DeepClone().AsObject();
        copy.Remove("@odata.type");
        return copy.ToJsonString();
    }
}
