using System.Text.Json.Nodes;

namespace TeamsMockBot.Benchmarks;

/// <summary>
/// Request bodies as Teams sends them, built from the official examples in Tests/Contracts/teams-activities
/// (the same files the host tests use), with a loopback serviceUrl and a personal chat.
/// </summary>
internal static class TeamsActivityJson
{
    public const string ServiceUrl = "http://localhost:56150/_connector/";
    public const string BotId = "28:bench-bot";
    public const string TenantId = "tenant-bench";

    private static int nextId;

    public static string PersonalChatId(string userId) => "personal:" + userId;

    /// <summary>A plain text message in the sender's personal chat with the bot.</summary>
    public static string Message((string Id, string Name) from, string text)
    {
        var activity = Example("conversationUpdate.bot-added-to-personal-chat");
        activity.AsObject().Remove("membersAdded");
        activity["type"] = "message";
        activity["text"] = text;
        activity["textFormat"] = "plain";
        return Envelope(activity, from).ToJsonString();
    }

    /// <summary>An <c>adaptiveCard/action</c> invoke: a click on a button of message <paramref name="replyToId"/> in the personal chat.</summary>
    public static string Invoke((string Id, string Name) from, string verb, JsonObject data, string replyToId)
    {
        var activity = Example("invoke.adaptiveCard-action.request");
        activity.AsObject().Remove("_comment");
        activity["value"]!["action"]!["verb"] = verb;
        activity["value"]!["action"]!["data"] = data;
        activity["replyToId"] = replyToId;
        return Envelope(activity, from).ToJsonString();
    }

    /// <summary>An <c>adaptiveCard/action</c> invoke in a meeting's group chat <paramref name="conversationId"/>.</summary>
    public static string InvokeInChat(string conversationId, (string Id, string Name) from, string verb, JsonObject data, string replyToId)
    {
        var activity = JsonNode.Parse(Invoke(from, verb, data.DeepClone().AsObject(), replyToId))!;
        activity["conversation"] = new JsonObject { ["conversationType"] = "groupChat", ["id"] = conversationId, ["tenantId"] = TenantId };
        return activity.ToJsonString();
    }

    private static JsonNode Example(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Contracts", "teams-activities", name + ".json")))!;

    private static JsonNode Envelope(JsonNode activity, (string Id, string Name) from)
    {
        activity["id"] = "bench-" + Interlocked.Increment(ref nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        activity["channelId"] = "msteams";
        activity["serviceUrl"] = ServiceUrl;
        activity["from"] = new JsonObject { ["id"] = from.Id, ["name"] = from.Name };
        activity["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "TeamsMockBot" };
        activity["conversation"] = new JsonObject { ["conversationType"] = "personal", ["id"] = PersonalChatId(from.Id), ["tenantId"] = TenantId };
        activity["channelData"] ??= new JsonObject();
        activity["channelData"]!["tenant"] = new JsonObject { ["id"] = TenantId };
        return activity;
    }
}
