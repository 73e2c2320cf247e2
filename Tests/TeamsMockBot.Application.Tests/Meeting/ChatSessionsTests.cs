using TeamsMockBot.Application.Meeting;

namespace TeamsMockBot.Application.Tests.Meeting;

/// <summary>A channel thread and its channel are one chat for the side panel; other chat ids pass unchanged.</summary>
public sealed class ChatSessionsTests
{
    [Theory]
    [InlineData("19:abc@thread.tacv2;messageid=1700000000000", "19:abc@thread.tacv2")]
    [InlineData("19:meeting_xyz@thread.v2", "19:meeting_xyz@thread.v2")]
    [InlineData("group-chat-mock", "group-chat-mock")]
    public void ChatIdOf_ConversationId_DropsOnlyTheThreadPart(string conversationId, string expected) =>
        Assert.Equal(expected, ChatSessions.ChatIdOf(conversationId));

    [Fact]
    public void ChatIdOf_Empty_IsRefused() =>
        Assert.Throws<ArgumentException>(() => ChatSessions.ChatIdOf(string.Empty));
}
