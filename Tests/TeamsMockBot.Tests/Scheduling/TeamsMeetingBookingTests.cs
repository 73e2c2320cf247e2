using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsMockBot.Application.Scheduling;
using TeamsMockBot.Cards;
using TeamsMockBot.Storage;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Scheduling;

/// <summary>
/// A calendar that books Teams meetings (a test double of the port, in place of Graph): the booking's
/// meeting chat points at the session, so that chat's <c>meetingStart</c> posts this session's card;
/// the confirmation carries the join link and, when the bot may not add itself to the meeting chat,
/// the one sentence on how the organizer does it; a calendar failure changes nothing.
/// </summary>
public sealed class TeamsMeetingBookingTests : HostTest
{
    /// <summary>Thursday 26 November, 10:00 UTC: 19 hours after the host's clock, outside the change cut-off.</summary>
    private static readonly DateTimeOffset Thursday = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    private readonly TeamsMeetingCalendar _calendar = new(MeetingChatId);
    private WebApplicationFactory<Program> _bot = null!;

    public override Task InitializeAsync()
    {
        Host.Teams.Roster.Add(Mentor);
        Host.Teams.Roster.Add(Student);
        Host.Teams.Meetings.Add(MeetingId, organizerId: Mentor.Id, chatId: MeetingChatId);
        _bot = Host.WithWebHostBuilder(b => b.ConfigureServices(s =>
        {
            s.RemoveAll<IMockCalendar>();
            s.AddSingleton<IMockCalendar>(_calendar);
        }));
        return Task.CompletedTask;
    }

    public override async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task Book_WithATeamsMeeting_TheMeetingChatsStartPostsThisSessionsCard()
    {
        var slots = await InvokeAsync(SchedulingDriver.Click(Mentor, CardVerbs.FindSlots, SchedulingDriver.Form(Student.Id), SchedulingDriver.FormCardId));
        var booked = await InvokeAsync(SchedulingDriver.Click(Mentor, CardVerbs.BookSlot, SchedulingDriver.SlotData(slots, 1, start: Thursday), SchedulingDriver.SlotsCardId));
        var sessionId = CardJson.Data(booked, CardVerbs.CancelBooking)[CardInputs.SessionId]!.GetValue<string>();

        var text = CardJson.Text(booked);
        Assert.Contains(BookMock.NotPermittedNote, text, StringComparison.Ordinal);
        Assert.DoesNotContain("runs in the chat it was booked from", text, StringComparison.Ordinal);
        Assert.Contains(booked["actions"]!.AsArray(), a => a!["title"]!.GetValue<string>() == "Join the Teams meeting");
        Assert.Equal(sessionId, _calendar.Events.Keys.Single()); // the idempotency key is the session id
        var store = _bot.Services.GetRequiredService<IDocumentStore>();
        var pointer = await store.ReadAsync<ChatSessionPointer>(DocumentKeys.ChatCurrentSession(MeetingChatId), CancellationToken.None);
        Assert.Equal(sessionId, pointer!.Value.SessionId);
        Assert.DoesNotContain(Host.Teams.Calls, c => c.ConversationId == MeetingChatId); // not in the meeting chat: nothing posted there

        Host.Teams.Clear();
        await PostAsync(MeetingStart(Thursday.AddMinutes(-2)));

        var posted = Assert.Single(Host.Teams.Calls, c => c.Method == "POST" && c.ConversationId == MeetingChatId && c.Accepted).Card!;
        Assert.Contains(Student.Name, CardJson.Text(posted));
        Assert.Equal(sessionId, posted["refresh"]!["action"]!["data"]![CardInputs.SessionId]!.GetValue<string>()); // the ready card of this session: Start is in the interviewer's refreshed view
    }

    [Fact]
    public async Task Book_BotJoinedTheMeetingChat_PostsTheScheduledCardThereOnce()
    {
        _calendar.Join = MeetingChatJoin.Joined;
        var slots = await InvokeAsync(SchedulingDriver.Click(Mentor, CardVerbs.FindSlots, SchedulingDriver.Form(Student.Id), SchedulingDriver.FormCardId));

        var booked = await InvokeAsync(SchedulingDriver.Click(Mentor, CardVerbs.BookSlot, SchedulingDriver.SlotData(slots, 1, start: Thursday), SchedulingDriver.SlotsCardId));
        await InvokeAsync(SchedulingDriver.Click(Mentor, CardVerbs.BookSlot, SchedulingDriver.SlotData(slots, 1, start: Thursday), SchedulingDriver.SlotsCardId)); // a double click

        Assert.DoesNotContain(BookMock.NotPermittedNote, CardJson.Text(booked), StringComparison.Ordinal);
        var posted = Assert.Single(Host.Teams.Calls, c => c.Method == "POST" && c.ConversationId == MeetingChatId && c.Card is not null);
        Assert.True(posted.Accepted);
        var text = CardJson.Text(posted.Card!);
        Assert.Contains("Mock interview scheduled", text, StringComparison.Ordinal);
        Assert.Contains(Student.Name, text, StringComparison.Ordinal);
        Assert.Contains(Mentor.Name, text, StringComparison.Ordinal);
        Assert.Contains("{{DATE(2026-11-26T10:00:00Z, SHORT)}}, {{TIME(2026-11-26T10:00:00Z)}}", text, StringComparison.Ordinal); // each viewer's own time zone, by Teams
        Assert.Contains("The interview card appears here in the meeting chat when the meeting starts.", text, StringComparison.Ordinal);
        var actions = posted.Card!["actions"]!.AsArray();
        var join = Assert.Single(actions);
        Assert.Equal("https://teams.microsoft.com/l/meetup-join/19%3ameeting_mock-interview%40thread.v2/0", join!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task Book_CalendarFails_ClearCardNothingStored_AndTheRetryBooksOnce()
    {
        var slots = await InvokeAsync(SchedulingDriver.Click(Mentor, CardVerbs.FindSlots, SchedulingDriver.Form(Student.Id), SchedulingDriver.FormCardId));
        _calendar.FailNextBooking = true;

        var failed = await InvokeAsync(SchedulingDriver.Click(Mentor, CardVerbs.BookSlot, SchedulingDriver.SlotData(slots, 1, start: Thursday), SchedulingDriver.SlotsCardId));

        Assert.Contains("please try again", CardJson.Text(failed), StringComparison.Ordinal);
        var store = _bot.Services.GetRequiredService<IDocumentStore>();
        Assert.Empty(await store.ListKeysAsync(DocumentKeys.SessionsPrefix, CancellationToken.None).ToListAsync());

        await InvokeAsync(SchedulingDriver.Click(Mentor, CardVerbs.BookSlot, SchedulingDriver.SlotData(slots, 1, start: Thursday), SchedulingDriver.SlotsCardId));
        await InvokeAsync(SchedulingDriver.Click(Mentor, CardVerbs.BookSlot, SchedulingDriver.SlotData(slots, 1, start: Thursday), SchedulingDriver.SlotsCardId));
        Assert.Single(_calendar.Events);
        Assert.Equal(2, _calendar.BookCalls); // the failure and the retry; the double click found the booking stored
        Assert.Single(await store.ListKeysAsync(DocumentKeys.SessionsPrefix, CancellationToken.None).ToListAsync());
    }

    private async Task<JsonNode> InvokeAsync(JsonNode activity)
    {
        using var client = _bot.CreateClient();
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/messages", content);
        Assert.Equal(200, (int)response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!["value"]!;
    }

    private async Task PostAsync(JsonNode activity)
    {
        using var client = _bot.CreateClient();
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/messages", content);
        Assert.Equal(200, (int)response.StatusCode);
    }
}
