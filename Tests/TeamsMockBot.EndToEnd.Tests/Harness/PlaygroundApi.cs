using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TeamsMockBot.EndToEnd.Tests.Harness;

/// <summary>
/// Acts in the Playground without a browser, through the internal HTTP API its own page uses
/// (undocumented; pinned version 0.2.28), as the current user or as any other person of the cast.
/// </summary>
/// <remarks>
/// What each call can do (verified against 0.2.28):
/// <list type="bullet">
/// <item><see cref="SendAsCurrentUserAsync"/> posts as the page's user only: the Playground ignores
/// <c>from</c> for messages. In a group chat or channel the bot receives it only if it mentions the bot.</item>
/// <item><see cref="SendAsAsync"/> sends a whole message activity (the "Mock an Activity" feature) and so
/// can speak for anyone; the bot's replies land in that conversation as usual.</item>
/// <item><see cref="ClickAsync"/> sends the <c>adaptiveCard/action</c> invoke as any member of the
/// conversation and returns the bot's card. The Playground stores that card in place of the old one
/// but does not push it to the page: others see a change only when the bot updates the message.</item>
/// </list>
/// </remarks>
public sealed class PlaygroundApi(PlaygroundProcess playground, PlaygroundCast cast) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = playground.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>The Playground's view of users and conversations (<c>GET /_internal/v1/config</c>).</summary>
    public async Task<JsonNode> GetConfigAsync() =>
        await _http.GetFromJsonAsync<JsonNode>("_internal/v1/config") ?? throw new InvalidOperationException("Empty Playground config.");

    /// <summary>Posts a message as the page's user, exactly as the page does. Returns the message id.</summary>
    public async Task<string> SendAsCurrentUserAsync(string conversationId, string text, bool mentionBot = false)
    {
        var body = new JsonObject
        {
            ["type"] = "text",
            ["text"] = mentionBot ? $"{MentionText} {text}" : text,
            ["textFormat"] = "plain",
            ["from"] = new JsonObject { ["id"] = cast.CurrentUser.Id },
        };
        if (mentionBot)
        {
            body["mentions"] = new JsonArray(new JsonObject
            {
                ["mentioned"] = new JsonObject { ["id"] = cast.BotId, ["name"] = cast.BotName },
                ["text"] = MentionText,
            });
        }

        var response = await PostAsync($"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages", body);
        return response?["messageId"]?.ToString() ?? throw new InvalidOperationException("The Playground returned no message id.");
    }

    /// <summary>
    /// Sends a message to the bot as <paramref name="from"/> in a conversation of the cast (group chat,
    /// channel, or the current user's personal chat), mentioning the bot where Teams would require it.
    /// </summary>
    public async Task SendAsAsync(PlaygroundPerson from, string conversationId, string text)
    {
        var kind = ConversationType(conversationId);
        var mention = kind != "personal";
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("o", CultureInfo.InvariantCulture),
            ["channelId"] = "msteams",
            ["serviceUrl"] = playground.ConnectorAddress.AbsoluteUri.TrimEnd('/'),
            ["from"] = new JsonObject { ["id"] = from.Id, ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId },
            ["recipient"] = new JsonObject { ["id"] = cast.BotId, ["name"] = cast.BotName },
            ["conversation"] = new JsonObject
            {
                ["id"] = conversationId,
                ["conversationType"] = kind,
                ["isGroup"] = kind != "personal",
                ["tenantId"] = cast.TenantId,
            },
            ["channelData"] = ChannelData(kind, conversationId),
            ["text"] = mention ? $"{MentionText} {text}" : text,
            ["textFormat"] = "plain",
            ["locale"] = "en-US",
        };
        if (mention)
        {
            activity["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["mentioned"] = new JsonObject { ["id"] = cast.BotId, ["name"] = cast.BotName },
                ["text"] = MentionText,
            });
        }

        await PostAsync("_internal/v1/customActivities", activity);
    }

    /// <summary>
    /// Sends a Teams meeting event activity (e.g. <c>application/vnd.microsoft.meetingStart</c>) into a
    /// conversation of the cast through "Mock an Activity", shaped like the Teams docs' examples: the
    /// meeting named in the channel data, its details in <paramref name="value"/>.
    /// </summary>
    public async Task SendMeetingEventAsync(PlaygroundPerson from, string conversationId, string name, string meetingId, JsonObject value)
    {
        var kind = ConversationType(conversationId);
        var channelData = ChannelData(kind, conversationId);
        channelData["meeting"] = new JsonObject { ["id"] = meetingId };
        var activity = new JsonObject
        {
            ["type"] = "event",
            ["name"] = name,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("o", CultureInfo.InvariantCulture),
            ["channelId"] = "msteams",
            ["serviceUrl"] = playground.ConnectorAddress.AbsoluteUri.TrimEnd('/'),
            ["from"] = new JsonObject { ["id"] = from.Id, ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId },
            ["recipient"] = new JsonObject { ["id"] = cast.BotId, ["name"] = cast.BotName },
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = kind, ["isGroup"] = kind != "personal", ["tenantId"] = cast.TenantId },
            ["channelData"] = channelData,
            ["value"] = value,
            ["locale"] = "en-US",
        };
        await PostAsync("_internal/v1/customActivities", activity);
    }

    /// <summary>
    /// Clicks an <c>Action.Execute</c> button of the bot message <paramref name="messageId"/> as
    /// <paramref name="from"/>: sends the <c>adaptiveCard/action</c> invoke the page would send (its
    /// <c>data</c> merged with the card's input values by the caller) and returns the card the bot answered with.
    /// </summary>
    public async Task<JsonNode?> ClickAsync(PlaygroundPerson from, string conversationId, string messageId, string verb, JsonObject? data = null)
    {
        var body = new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data ?? [] },
            },
            ["from"] = new JsonObject { ["id"] = from.Id },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["replyToId"] = messageId,
        };
        var response = await PostAsync("_conversation/v1/invoke", body);
        return response?["value"];
    }

    public void Dispose() => _http.Dispose();

    private string MentionText => $"<at>{cast.BotName}</at>";

    private string ConversationType(string conversationId) =>
        conversationId == cast.GroupChatId ? "groupChat"
        : conversationId == cast.TeamId || conversationId == cast.ChannelId ? "channel"
        : "personal";

    private JsonObject ChannelData(string kind, string conversationId)
    {
        var data = new JsonObject { ["tenant"] = new JsonObject { ["id"] = cast.TenantId } };
        if (kind == "channel")
        {
            data["team"] = new JsonObject { ["id"] = cast.TeamId, ["name"] = cast.TeamName, ["aadGroupId"] = cast.TeamAadGroupId };
            data["channel"] = new JsonObject { ["id"] = conversationId };
        }

        return data;
    }

    private async Task<JsonNode?> PostAsync(string path, JsonNode body)
    {
        using var response = await _http.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"POST {path} answered {(int)response.StatusCode}: {text}");
        }

        return string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
    }
}
