using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Meeting;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Meeting;

/// <summary>
/// Drives a mentor-led session in the group chat through card invokes, as Teams would, and calls the
/// meeting page APIs the way the pages do: with a signed link from the "Live panel" button, or a bearer token.
/// </summary>
public sealed class PanelClient(BotHost host)
{
    public const string SetupCardId = "msg-setup-card";

    public async Task<string> CreateAsync(string setupCardId = SetupCardId, int questions = 2)
    {
        var data = new JsonObject
        {
            [CardInputs.Candidate] = Student.Id,
            [CardInputs.Track] = nameof(Track.Behavioral),
            [CardInputs.Format] = nameof(InterviewFormat.MentorLed),
            [CardInputs.Length] = "60",
            [CardInputs.QuestionCount] = questions.ToString(CultureInfo.InvariantCulture),
        };
        var card = await host.InvokeAsync(Invoke(Mentor, CardVerbs.CreateSession, data, setupCardId));
        return CardJson.Data(card, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>();
    }

    public Task<JsonNode> ClickAsync((string Id, string Name) who, string verb, string sessionId, int? questionNumber = null, string setupCardId = SetupCardId)
    {
        var data = new JsonObject { [CardInputs.SessionId] = sessionId };
        if (questionNumber is { } q)
        {
            data[CardInputs.QuestionNumber] = q;
        }

        return host.InvokeAsync(Invoke(who, verb, data, setupCardId));
    }

    /// <summary>Clicks "Live panel" as <paramref name="who"/> and returns the link token from the card they alone get back.</summary>
    public async Task<string> LinkTokenAsync((string Id, string Name) who, string sessionId)
    {
        var card = await ClickAsync(who, CardVerbs.OpenLivePanel, sessionId);
        var url = card["actions"]!.AsArray().Select(a => a!["url"]?.GetValue<string>()).Single(u => u is not null)!;
        var marker = url.IndexOf("#link=", StringComparison.Ordinal);
        Assert.True(marker > 0, $"The panel link {url} carries no #link= fragment.");
        Assert.StartsWith("http://127.0.0.1:3978/meeting/sidepanel.html#link=", url, StringComparison.Ordinal);
        return url[(marker + "#link=".Length)..];
    }

    public async Task<HttpResponseMessage> GetAsync(string scheme, string credential, string? chatId = null, string? surface = null)
    {
        using var client = host.CreateClient();
        var query = new List<string>();
        if (chatId is not null)
        {
            query.Add("chatId=" + Uri.EscapeDataString(chatId));
        }

        if (surface is not null)
        {
            query.Add("surface=" + surface);
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, MeetingPanelEndpoints.PanelPath + (query.Count > 0 ? "?" + string.Join('&', query) : string.Empty));
        request.Headers.Authorization = new AuthenticationHeaderValue(scheme, credential);
        return await client.SendAsync(request);
    }

    /// <summary>The view, asserting 200 and no caching.</summary>
    public async Task<(JsonNode View, string Json)> ViewAsync(string scheme, string credential, string? chatId = null, string? surface = null)
    {
        using var response = await GetAsync(scheme, credential, chatId, surface);
        var json = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {json}");
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        return (JsonNode.Parse(json)!, json);
    }

    public async Task<HttpResponseMessage> PutTagAsync(string scheme, string credential, int questionNumber, string tag, bool on, string? chatId = null)
    {
        using var client = host.CreateClient();
        var path = MeetingPanelEndpoints.TagPath + (chatId is null ? string.Empty : "?chatId=" + Uri.EscapeDataString(chatId));
        using var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(new { questionNumber, tag, on }) };
        request.Headers.Authorization = new AuthenticationHeaderValue(scheme, credential);
        return await client.SendAsync(request);
    }

    public async Task<HttpResponseMessage> PutNoteAsync(string scheme, string credential, int questionNumber, string text, string? chatId = null)
    {
        using var client = host.CreateClient();
        var path = MeetingPanelEndpoints.NotePath + (chatId is null ? string.Empty : "?chatId=" + Uri.EscapeDataString(chatId));
        using var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(new { questionNumber, text }) };
        request.Headers.Authorization = new AuthenticationHeaderValue(scheme, credential);
        return await client.SendAsync(request);
    }
}
