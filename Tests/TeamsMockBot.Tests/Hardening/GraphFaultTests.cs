using TeamsMockBot.Cards;
using TeamsMockBot.Storage;
using TeamsMockBot.Tests.Graph;
using TeamsMockBot.Tests.Infrastructure;
using TeamsMockBot.Tests.Scheduling;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Hardening;

/// <summary>
/// Graph throttling (429 with Retry-After) and outages (503) while a mentor books mocks through the
/// host with the Graph calendar: every booking the person was told about exists once in Graph and
/// once in the store, a booking Graph refused past its retries stores nothing and says so, and the
/// same click later books it (nothing lost). The line goes into the fault table.
/// </summary>
[Collection(GraphTestGroup.Name)]
public sealed class GraphFaultTests(ManagedIdentityEnvironment environment, Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public async Task Booking_Graph429And503_EachToldBookingExistsOnceAndARefusedOneBooksOnTheNextClick()
    {
        await using var graph = await FakeGraph.StartAsync();
        graph.AddUser(DirectoryIdOf(Mentor.Id), GraphHarness.MentorMail, Mentor.Name);
        graph.AddUser(DirectoryIdOf(Student.Id), GraphHarness.StudentMail, Student.Name);
        await using var host = new BotHost(settings: new Dictionary<string, string>
        {
            ["Graph:BaseUrl"] = graph.BaseUrl.AbsoluteUri,
            ["Graph:ManagedIdentityClientId"] = FakeManagedIdentity.ClientId,
            ["Graph:MaxRetries"] = "2",
        });
        host.Teams.Roster.Add(Mentor);
        host.Teams.Roster.Add(Student);
        var driver = new SchedulingDriver(host);
        var slots = await driver.FindSlotsAsync();
        graph.FaultsOnly = "/users/{user-id}/events"; // the event the booking makes, not the person look-ups before it
        var booked = new List<string>();
        var attempted = 0;

        async Task<string> BookAsync(string cardId, int slot)
        {
            attempted++;
            var card = await driver.BookAsync(SchedulingDriver.SlotData(slots, slot), cardId);
            return CardJson.Text(card);
        }

        // One 429 with Retry-After, then one 503: the SDK's retry handler waits and books once each.
        graph.ThrottleNext(1, retryAfterSeconds: 1);
        Assert.Contains("You're booked", await BookAsync("msg-slots-429", 0), StringComparison.Ordinal);
        booked.Add("msg-slots-429");
        graph.UnavailableNext(1);
        Assert.Contains("You're booked", await BookAsync("msg-slots-503", 1), StringComparison.Ordinal);
        booked.Add("msg-slots-503");

        // Throttled past the retries: the person is told to try again, and nothing is stored.
        var sessionsBefore = await SessionKeysAsync(host);
        graph.ThrottleNext(10, retryAfterSeconds: 1);
        var refused = await BookAsync("msg-slots-busy", 2);
        Assert.DoesNotContain("You're booked", refused, StringComparison.Ordinal);
        Assert.Contains("Microsoft 365 is busy right now, so the bot could not book the mock.", refused, StringComparison.Ordinal);
        Assert.Contains("Nothing was booked or changed", refused, StringComparison.Ordinal);
        Assert.Equal(sessionsBefore, await SessionKeysAsync(host));
        output.WriteLine("Refused past the retries: " + refused);
        graph.ThrottleNext(0, retryAfterSeconds: 1);

        // The same click again once Graph answers: booked, once; and a double click on the first card books nothing new.
        Assert.Contains("You're booked", await BookAsync("msg-slots-busy", 2), StringComparison.Ordinal);
        booked.Add("msg-slots-busy");
        Assert.Contains("You're booked", await BookAsync("msg-slots-429", 0), StringComparison.Ordinal);

        var sessions = new List<Domain.Sessions.MockSession>();
        foreach (var key in await SessionKeysAsync(host))
        {
            sessions.Add((await host.SessionAsync(key[DocumentKeys.SessionsPrefix.Length..]))!);
        }

        var events = graph.Events.Where(e => !e.Cancelled).ToList();
        var lost = booked.Count - sessions.Count(s => s.Booking is not null && events.Any(e => e.Id == s.Booking.EventId));
        var duplicated = events.Count - booked.Count;
        FaultTable.Add("Graph 429 with Retry-After, 503 and 429 past the retries while booking through the host", attempted, lost, duplicated.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, lost);
        Assert.Equal(0, duplicated);
        Assert.Equal(booked.Count, sessions.Count);
        Assert.Equal(booked.Count, events.Select(e => e.Id).Distinct().Count());
        // The faults were served and retried by the SDK's handler: the 429, the 503 and the two retries of the booking that gave up.
        Assert.True(graph.Requests.Count(r => r.Template == graph.FaultsOnly && r.Headers.ContainsKey("Retry-Attempt")) >= 4, "The faults were never retried: " + string.Join(", ", graph.Requests.Select(r => r.Method + " " + r.Path)));
        output.WriteLine($"attempted {attempted}, lost {lost}, duplicated {duplicated}, Graph requests {graph.Requests.Count}");
        Assert.Empty(graph.Violations);
        Assert.Empty(environment.Identity.Refusals);
    }

    private static async Task<List<string>> SessionKeysAsync(BotHost host) =>
        [.. (await host.Store.ListKeysAsync(DocumentKeys.SessionsPrefix, CancellationToken.None).ToListAsync()).Order(StringComparer.Ordinal)];
}
