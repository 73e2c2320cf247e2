using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using TeamsMockBot.Application.Conversations;

namespace TeamsMockBot.Teams;

/// <summary>
/// Bot Framework conversation references to our opaque <see cref="ChatAddress"/> and back (their own
/// JSON). A meeting chat's address also carries its meeting's id (a conversation reference has no
/// place for it), so the meeting APIs can be called outside a turn — e.g. for a timer's nudge.
/// </summary>
internal static class ChatAddresses
{
    private const string MeetingIdProperty = "meetingId";

    /// <summary>The chat of the activity, without the person who acted: an address names a chat, not a person.</summary>
    public static ChatAddress Of(IActivity activity)
    {
        var reference = activity.GetConversationReference();
        reference.User = null;
        if (MeetingActivities.MeetingIdOf(activity) is not { } meetingId)
        {
            return new ChatAddress(JsonConvert.SerializeObject(reference));
        }

        var json = JObject.FromObject(reference);
        json[MeetingIdProperty] = meetingId;
        return new ChatAddress(json.ToString(Formatting.None));
    }

    public static ChatAddress OfPersonalChat(IActivity activity) =>
        new(JsonConvert.SerializeObject(activity.GetConversationReference()));

    public static ConversationReference ToReference(ChatAddress address) =>
        JsonConvert.DeserializeObject<ConversationReference>(address.Value)
        ?? throw new InvalidOperationException("A stored chat address is empty.");

    /// <summary>The id of the meeting the chat belongs to; null for a chat that is no meeting's (or an address stored before meetings were recorded).</summary>
    public static string? MeetingIdOf(ChatAddress address) =>
        JObject.Parse(address.Value)[MeetingIdProperty] is JValue { Type: JTokenType.String } id && ((string?)id) is { Length: > 0 } value ? value : null;
}
