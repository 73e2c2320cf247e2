using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;
using TeamsMockBot.Application.Turns;
using TeamsMockBot.Teams;

namespace TeamsMockBot.Tests.Teams;

/// <summary>Where a turn happened is read from the conversation type and the meeting data Teams sends, never from the conversation id's text.</summary>
public sealed class ChatKindTests
{
    [Theory]
    [InlineData("personal", null, ChatKind.Personal)]
    [InlineData("channel", null, ChatKind.Channel)]
    [InlineData("groupChat", null, ChatKind.Group)]
    [InlineData("groupChat", "MCMxOTptZWV0aW5nX2FiY0B0aHJlYWQudjIjMA==", ChatKind.Meeting)]
    public void KindOf_ConversationTypeAndMeetingData_NameTheChat(string conversationType, string? meetingId, ChatKind expected)
    {
        var activity = Message(conversationType, "19:abc@thread.v2", meetingId);

        Assert.Equal(expected, MockInterviewBot.KindOf(activity));
    }

    [Fact]
    public void KindOf_GroupChatWhoseIdLooksLikeAMeeting_IsAGroupChat()
    {
        // Ids are opaque: "meeting_" in the text proves nothing without the meeting data.
        var activity = Message("groupChat", "19:meeting_NotReallyOne@thread.v2", meetingId: null);

        Assert.Equal(ChatKind.Group, MockInterviewBot.KindOf(activity));
    }

    private static Activity Message(string conversationType, string conversationId, string? meetingId) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        Conversation = new ConversationAccount { ConversationType = conversationType, Id = conversationId },
        ChannelData = JObject.FromObject(new TeamsChannelData { Meeting = meetingId is null ? null : new TeamsMeetingInfo(meetingId) }),
    };
}
