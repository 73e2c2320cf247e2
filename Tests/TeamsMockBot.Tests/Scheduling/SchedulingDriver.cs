using System.Globalization;
using System.Text.Json.Nodes;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Scheduling;

/// <summary>Drives the scheduling cards through the host as Teams would: the form, the offered times, booking, changes.</summary>
public sealed class SchedulingDriver(BotHost host)
{
    public const string FormCardId = "msg-schedule-form";
    public const string SlotsCardId = "msg-slots";
    public const string MentorZone = "Europe/Berlin";

    /// <summary>The schedule form's values for a mock with the student, as the form posts them.</summary>
    public static JsonObject Form(string candidateId, int lengthMinutes = 60, int windowDays = 7) => new()
    {
        [CardInputs.Candidate] = candidateId,
        [CardInputs.Track] = nameof(Track.Behavioral),
        [CardInputs.Focus] = "Leadership stories",
        [CardInputs.Length] = lengthMinutes.ToString(CultureInfo.InvariantCulture),
        [CardInputs.WindowDays] = windowDays.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>An invoke from someone whose Teams client is in <paramref name="timeZone"/>.</summary>
    public static JsonNode Click((string Id, string Name) who, string verb, JsonObject data, string cardId, string? timeZone = MentorZone, string conversationType = "groupChat")
    {
        var activity = Invoke(who, verb, data, cardId, conversationType);
        if (timeZone is not null)
        {
            activity["localTimezone"] = timeZone;
        }

        return activity;
    }

    public Task<JsonNode> FindSlotsAsync(JsonObject? form = null) =>
        host.InvokeAsync(Click(Mentor, CardVerbs.FindSlots, form ?? Form(Student.Id), FormCardId));

    /// <summary>Offered slot <paramref name="index"/>'s button data, optionally with the slot moved to <paramref name="start"/>.</summary>
    public static JsonObject SlotData(JsonNode slotsCard, int index = 0, DateTimeOffset? start = null, int lengthMinutes = 60)
    {
        var buttons = slotsCard["body"]!.AsArray().Last(e => e!["type"]!.GetValue<string>() == "ActionSet")!["actions"]!.AsArray();
        var data = buttons[index]!["data"]!.AsObject().DeepClone().AsObject();
        if (start is { } at)
        {
            data[CardInputs.SlotStart] = SlotsCard.Iso(at);
            data[CardInputs.SlotEnd] = SlotsCard.Iso(at.AddMinutes(lengthMinutes));
        }

        return data;
    }

    public Task<JsonNode> BookAsync(JsonObject slotData, string cardId = SlotsCardId) =>
        host.InvokeAsync(Click(Mentor, CardVerbs.BookSlot, slotData, cardId));

    /// <summary>Finds times and books one; returns the session id and the booking card the mentor saw.</summary>
    public async Task<(string SessionId, JsonNode Card)> FindAndBookAsync(DateTimeOffset? start = null, string cardId = SlotsCardId)
    {
        var slots = await FindSlotsAsync();
        var card = await BookAsync(SlotData(slots, 1, start), cardId); // the second offer: the first is within the change cut-off
        return (CardJson.Data(card, CardVerbs.CancelBooking)[CardInputs.SessionId]!.GetValue<string>(), card);
    }

    public Task<JsonNode> ChangeAsync((string Id, string Name) who, string verb, string sessionId, JsonObject? extra = null)
    {
        var data = extra ?? new JsonObject();
        data[CardInputs.SessionId] = sessionId;
        return host.InvokeAsync(Click(who, verb, data, "msg-booking-" + who.Id, conversationType: "personal"));
    }

    /// <summary>The "Add to calendar" link on a booking card.</summary>
    public static Uri CalendarLink(JsonNode card) =>
        new(card["actions"]!.AsArray().First(a => a!["title"]!.GetValue<string>() == "Add to calendar")!["url"]!.GetValue<string>());

    public async Task<(int Status, string? ContentType, string Body)> GetAsync(Uri link)
    {
        using var client = host.CreateClient();
        using var response = await client.GetAsync(link.PathAndQuery);
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The cards that reached a person's personal chat, oldest first.</summary>
    public List<JsonNode> CardsTo((string Id, string Name) who) =>
        [.. host.Teams.Calls.Where(c => c.Method == "POST" && c.ConversationId == PersonalChatId(who.Id) && c.Card is not null && c.Accepted).Select(c => c.Card!)];
}
