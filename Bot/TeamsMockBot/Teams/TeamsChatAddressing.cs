using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using TeamsMockBot.Application.Conversations;

namespace TeamsMockBot.Teams;

/// <summary>
/// <see cref="IChatAddressing"/> for Teams: the known chat's reference (its service URL, channel, bot
/// and tenant) with the other chat as its conversation. The service URL is the known chat's, so
/// <see cref="ServiceUrlPolicy"/> still decides when a message is sent there.
/// </summary>
internal sealed class TeamsChatAddressing : IChatAddressing
{
    public ChatAddress SameServiceChat(ChatAddress known, string chatId)
    {
        ArgumentNullException.ThrowIfNull(known);
        ArgumentException.ThrowIfNullOrEmpty(chatId);
        var from = ChatAddresses.ToReference(known);
        var reference = new ConversationReference
        {
            ChannelId = from.ChannelId,
            ServiceUrl = from.ServiceUrl,
            Bot = from.Bot,
            Conversation = new ConversationAccount(isGroup: true, conversationType: "groupChat", id: chatId, tenantId: from.Conversation?.TenantId),
        };
        return new ChatAddress(JsonConvert.SerializeObject(reference));
    }
}
