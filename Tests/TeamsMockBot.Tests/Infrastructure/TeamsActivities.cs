using System.Text.Json.Nodes;

namespace TeamsMockBot.Tests.Infrastructure;

/// <summary>
/// Builds Teams activities from the official examples in Tests/Contracts/teams-activities, changing
/// only ids, text and the loopback serviceUrl. A personal chat, a group chat and card invokes.
/// </summary>
public static class TeamsActivities
{
    public const string ServiceUrl = "http://localhost:56150/_connector/";
    public const string BotId = "28:mock-bot";
    public const string TenantId = "tenant-1";
    public const string GroupChatId = "19:group-chat-1@thread.v2";

    public static readonly (string Id, string Name) Mentor = ("29:mentor-morgan", "Morgan Mentor");
    public static readonly (string Id, string Name) Student = ("29:student-sam", "Sam Student");
    public static readonly (string Id, string Name) Bystander = ("29:peer-pat", "Pat Peer");

    private static int nextId;

    /// <summary>
    /// The Entra object id the fake directory gives a Teams user id (stable, made from it). Teams sends
    /// it as <c>from.aadObjectId</c> and in the roster; the meeting pages' sign-on token carries it as <c>oid</c>.
    /// </summary>
    public static string DirectoryIdOf(string userId) =>
        new Guid(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(userId)).AsSpan(0, 16)).ToString();

    public static JsonNode Example(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Contracts", "teams-activities", name + ".json")))!;

    public static JsonNode BotAddedToPersonalChat((string Id, string Name) user)
    {
        var activity = Example("conversationUpdate.bot-added-to-personal-chat");
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId }, new JsonObject { ["id"] = user.Id, ["name"] = user.Name });
        return Envelope(activity, user, "personal", PersonalChatId(user.Id));
    }

    public static JsonNode BotAddedToTeam() => Envelope(Example("conversationUpdate.bot-added-to-team"), Mentor, null, null);

    public static JsonNode PersonalMessage((string Id, string Name) from, string text) =>
        Message(from, text, "personal", PersonalChatId(from.Id));

    /// <summary>
    /// A file sent in the personal chat, from the Teams docs' file attachment example
    /// (Contracts/teams-activities/message.file-download-info.json) with its name, type and link changed.
    /// </summary>
    public static JsonNode PersonalFile((string Id, string Name) from, string fileName, string downloadUrl, string? fileType = null)
    {
        var activity = PersonalMessage(from, string.Empty);
        var attachments = Example("message.file-download-info")["attachments"]!.DeepClone();
        var file = attachments[0]!;
        file["name"] = fileName;
        file["content"]!["downloadUrl"] = downloadUrl;
        file["content"]!["fileType"] = fileType ?? Path.GetExtension(fileName).TrimStart('.');
        activity["attachments"] = attachments;
        return activity;
    }

    public static JsonNode GroupMessage((string Id, string Name) from, string text) =>
        Message(from, text, "groupChat", GroupChatId);

    /// <summary>An <c>adaptiveCard/action</c> invoke for a click on the message <paramref name="replyToId"/>.</summary>
    public static JsonNode Invoke((string Id, string Name) from, string verb, JsonObject data, string replyToId, string conversationType = "groupChat", string? conversationId = null)
    {
        var activity = Example("invoke.adaptiveCard-action.request");
        activity.AsObject().Remove("_comment");
        activity["value"]!["action"]!["verb"] = verb;
        activity["value"]!["action"]!["data"] = data;
        activity["replyToId"] = replyToId;
        return Envelope(activity, from, conversationType, conversationId ?? (conversationType == "personal" ? PersonalChatId(from.Id) : GroupChatId));
    }

    public const string MeetingChatId = "19:meeting_mock-interview@thread.v2";
    public const string MeetingId = "MCMxOTptZWV0aW5nX21vY2staW50ZXJ2aWV3QHRocmVhZC52MiMw";

    /// <summary>A message in the meeting chat: a group chat whose channel data names its meeting, as Teams sends it.</summary>
    public static JsonNode MeetingMessage((string Id, string Name) from, string text)
    {
        var activity = Message(from, text, "groupChat", MeetingChatId);
        activity["channelData"]!["meeting"] = new JsonObject { ["id"] = MeetingId };
        return activity;
    }

    /// <summary>A card click in the meeting chat.</summary>
    public static JsonNode MeetingInvoke((string Id, string Name) from, string verb, JsonObject data, string replyToId)
    {
        var activity = Invoke(from, verb, data, replyToId, "groupChat", MeetingChatId);
        activity["channelData"]!["meeting"] = new JsonObject { ["id"] = MeetingId };
        return activity;
    }

    /// <summary><c>meetingStart</c> from the docs' example that names the meeting in its channel data.</summary>
    public static JsonNode MeetingStart(DateTimeOffset startTime, (string Id, string Name)? from = null)
    {
        var activity = Envelope(Example("event.meetingStart.2021-variant"), from ?? Mentor, "groupChat", MeetingChatId);
        activity["channelData"]!["meeting"] = new JsonObject { ["id"] = MeetingId };
        activity["value"]!["Id"] = MeetingId;
        activity["value"]!["StartTime"] = startTime.ToString("O");
        activity["timestamp"] = startTime.ToString("O");
        return activity;
    }

    /// <summary><c>meetingEnd</c> from the docs' 2023 example, which names the meeting only in its value.</summary>
    public static JsonNode MeetingEnd(DateTimeOffset endTime, (string Id, string Name)? from = null)
    {
        var activity = Envelope(Example("event.meetingEnd"), from ?? Mentor, "groupChat", MeetingChatId);
        activity["value"]!["id"] = MeetingId;
        activity["value"]!["EndTime"] = endTime.ToString("O");
        activity["timestamp"] = endTime.ToString("O");
        return activity;
    }

    /// <summary>A participant join or leave event (<paramref name="joined"/>) naming <paramref name="members"/> with their meeting roles (null: no role given).</summary>
    public static JsonNode ParticipantEvent(bool joined, DateTimeOffset at, params (string Id, string Name, string? Role)[] members)
    {
        var activity = Example(joined ? "event.meetingParticipantJoin" : "event.meetingParticipantLeave");
        activity.AsObject().Remove("_comment");
        var list = new JsonArray();
        foreach (var (id, name, role) in members)
        {
            var meeting = new JsonObject { ["inMeeting"] = joined };
            if (role is not null)
            {
                meeting["role"] = role;
            }

            list.Add(new JsonObject { ["user"] = new JsonObject { ["id"] = id, ["name"] = name, ["aadObjectId"] = "aad-" + id, ["tenantId"] = TenantId }, ["meeting"] = meeting });
        }

        activity["value"]!["members"] = list;
        activity["timestamp"] = at.ToString("O");
        var envelope = Envelope(activity, Mentor, "groupChat", MeetingChatId);
        envelope["channelData"]!["meeting"] = new JsonObject { ["id"] = MeetingId };
        return envelope;
    }

    public static string PersonalChatId(string userId) => TeamsConnectorCapture.PersonalConversationFor(userId);

    private static JsonNode Message((string Id, string Name) from, string text, string conversationType, string conversationId)
    {
        var activity = Example("conversationUpdate.bot-added-to-personal-chat");
        activity.AsObject().Remove("membersAdded");
        activity["type"] = "message";
        activity["text"] = text;
        activity["textFormat"] = "plain";
        return Envelope(activity, from, conversationType, conversationId);
    }

    private static JsonNode Envelope(JsonNode activity, (string Id, string Name) from, string? conversationType, string? conversationId)
    {
        activity["id"] = "activity-" + Interlocked.Increment(ref nextId);
        activity["channelId"] = "msteams";
        activity["serviceUrl"] = ServiceUrl;
        activity["from"] = new JsonObject { ["id"] = from.Id, ["name"] = from.Name, ["aadObjectId"] = DirectoryIdOf(from.Id) };
        activity["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "TeamsMockBot" };
        if (conversationType is not null)
        {
            activity["conversation"] = new JsonObject { ["conversationType"] = conversationType, ["id"] = conversationId, ["tenantId"] = TenantId };
        }

        activity["channelData"] ??= new JsonObject();
        activity["channelData"]!["tenant"] = new JsonObject { ["id"] = TenantId };
        return activity;
    }
}
