namespace TeamsMockBot.Application.Conversations;

/// <summary>
/// Makes the address of a chat the bot has not had a turn in yet (a booked meeting's chat) from a chat
/// it knows, on the same service, tenant and bot. Implemented by the chat platform's adapter: only it
/// reads addresses.
/// </summary>
public interface IChatAddressing
{
    /// <param name="known">A chat of the same tenant, e.g. the one the mock was booked from.</param>
    /// <param name="chatId">The platform's id of the other chat (for Teams: the meeting chat's thread id).</param>
    ChatAddress SameServiceChat(ChatAddress known, string chatId);
}
