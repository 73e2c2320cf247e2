using System.Buffers.Text;
using System.Text;
using TeamsMockBot.Storage;

namespace TeamsMockBot.Storage.Tests.Storage;

public sealed class DocumentKeysTests
{
    // A real Teams user id, as in Tests/Contracts/teams-activities.
    private const string TeamsUserId = "29:1I9Is_Sx0OIy2rQ7Xz1lcaPKlO9eqmBRTBuW6XzkFtcjqxTjPaCMij8BVMdBcL9L_RwWNJyAHFQb0TRzXgyQvA";

    [Theory]
    [InlineData("s0123abcd")]
    [InlineData("beh-03")]
    [InlineData("A_b-9")]
    public void Segment_PlainId_PassesThroughUnchanged(string id)
    {
        Assert.Equal(id, DocumentKeys.Segment(id));
    }

    [Theory]
    [InlineData("29:1abc")]
    [InlineData(TeamsUserId)]
    [InlineData("19:meeting_MjQ4@thread.v2")]
    [InlineData("../../etc/passwd")]
    [InlineData("a b")]
    [InlineData("Zoë")]
    public void Segment_IdWithUnsafeCharacters_IsEncodedIntoOneSafeReversibleSegment(string id)
    {
        var segment = DocumentKeys.Segment(id);

        Assert.StartsWith("b64-", segment, StringComparison.Ordinal);
        Assert.True(DocumentKeys.IsValid(segment), segment);
        Assert.DoesNotContain('/', segment);
        Assert.Equal(id, Encoding.UTF8.GetString(Base64Url.DecodeFromChars(segment.AsSpan("b64-".Length))));
    }

    [Fact]
    public void Segment_IdsDifferingOnlyInUnsafeCharacters_StayDistinct()
    {
        Assert.NotEqual(DocumentKeys.Segment("29:1abc"), DocumentKeys.Segment("29;1abc"));
        Assert.NotEqual(DocumentKeys.Segment("29:1abc"), DocumentKeys.Segment("29:1ABC"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void Segment_EmptyId_Throws(string? id)
    {
        Assert.ThrowsAny<ArgumentException>(() => DocumentKeys.Segment(id!));
    }

    [Fact]
    public void Keys_ForTeamsIds_AreValidStoreKeys()
    {
        Assert.Equal("sessions/s0123", DocumentKeys.Session("s0123"));
        Assert.Equal("timers/s0123", DocumentKeys.Timer("s0123"));
        Assert.StartsWith(DocumentKeys.TimersPrefix, DocumentKeys.Timer("s0123"), StringComparison.Ordinal);
        Assert.True(DocumentKeys.IsValid(DocumentKeys.StudentHistory(TeamsUserId)));
        Assert.Matches("^students/b64-[A-Za-z0-9_-]+/history$", DocumentKeys.StudentHistory(TeamsUserId));
    }

    [Theory]
    [InlineData("sessions/s1", true)]
    [InlineData("students/b64-Mjk6MWFiYw/history", true)]
    [InlineData("", false)]
    [InlineData("../x", false)]
    [InlineData("a//b", false)]
    [InlineData("a b", false)]
    [InlineData("/a", false)]
    [InlineData("a/", false)]
    [InlineData("a\\b", false)]
    [InlineData("a.json", false)]
    [InlineData("29:1abc", false)]
    public void IsValid_Key_AcceptsOnlySafeSegments(string key, bool expected)
    {
        Assert.Equal(expected, DocumentKeys.IsValid(key));
    }

    [Fact]
    public void Segment_VeryLongUnsafeIds_StayValidAndDistinct()
    {
        var a = "29:" + new string('a', 300);
        var b = "29:" + new string('a', 299) + "b";

        Assert.True(DocumentKeys.IsValid(DocumentKeys.StudentHistory(a)));
        Assert.NotEqual(DocumentKeys.Segment(a), DocumentKeys.Segment(b));
    }
}
