using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using TeamsMockBot.Application.Conversations;

namespace TeamsMockBot.Teams;

/// <summary>Bot Framework conversation references to our opaque <see cref="ChatAddress"/> and back (their own JSON).</summary>
internal static class ChatAddresses
{
    /// <summary>The chat of the activity, without the person who acted: an address names a chat, not a person.</summary>
    public static ChatAddress Of(IActivity activity)
    {
        var reference = activity.GetConversationReference();
        reference.User = null;
        return new ChatAddress(JsonConvert.SerializeObject(reference));
    }

    public static ChatAddress OfPersonalChat(IActivity activity) =>
        new(JsonConvert.SerializeObject(activity.GetConversationReference()));

    public static ConversationReference ToReference(ChatAddress address) =>
        JsonConvert.DeserializeObject<ConversationReference>(address.Value)
        ?? throw new InvalidOperationException("A stored chat address is empty.");
}
