using TeamsMockBot.Graph;

namespace TeamsMockBot.Tests.Graph;

public sealed class MeetingChatThreadTests
{
    [Fact]
    public void FromJoinUrl_TheDocsJoinLink_GivesTheMeetingChatThread()
    {
        var joinUrl = new Uri("https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzIyNzhlMGEtM2YyZC00ZmY0LTlhNzUtZmZjNWFmZGNlNzE2%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf-86f1-41af-91ab-2d7cd011db47%22%7d");

        Assert.Equal("19:meeting_NzIyNzhlMGEtM2YyZC00ZmY0LTlhNzUtZmZjNWFmZGNlNzE2@thread.v2", MeetingChatThread.FromJoinUrl(joinUrl));
    }

    [Theory]
    [InlineData("https://teams.microsoft.com/meet/2934567890123?p=abcdef")] // the short meeting link form has no thread id
    [InlineData("https://example.com/l/meetup-join/not-a-thread/0")]
    public void FromJoinUrl_LinkWithoutAThread_IsNull(string url)
    {
        Assert.Null(MeetingChatThread.FromJoinUrl(new Uri(url)));
    }
}
