using TeamsMockBot.Application.Conversations;
using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Cards.Model;

namespace TeamsMockBot.Application.Tests.Delivery;

/// <summary>Message keys decide what counts as "the same card": one card update per session, each personal card by its own key.</summary>
public sealed class OutboundMessageTests
{
    private static readonly AdaptiveCard Card = new([new TextBlock("Hello")]);

    [Fact]
    public void SessionCard_TwoUpdatesOfOneSession_ShareOneReplaceableKey()
    {
        var first = OutboundMessage.SessionCard("s-1", Card);
        var second = OutboundMessage.SessionCard("s-1", new AdaptiveCard([new TextBlock("Later")]));

        Assert.Equal(first.Key, second.Key);
        Assert.True(first.IsReplaceable);
        Assert.Equal(OutboundTarget.SessionCard, first.Target);
        Assert.Equal("s-1", first.TargetId);
        Assert.NotEqual(OutboundMessage.SessionCard("s-2", Card).Key, first.Key);
    }

    [Fact]
    public void ToPerson_ForASession_IsNotReplaceableAndCarriesTheCardJson()
    {
        var message = OutboundMessage.ToPerson("feedback-report/s-1", "29:sam", "s-1", Card);

        Assert.False(message.IsReplaceable);
        Assert.Equal(OutboundTarget.PersonalChat, message.Target);
        Assert.Equal(("29:sam", "s-1"), (message.TargetId, message.SessionId));
        Assert.Equal(Card.ToJson(), message.CardJson);
        Assert.Null(message.Origin);
    }

    [Fact]
    public void ToPerson_WithoutASession_OpensFromTheGivenChat()
    {
        var origin = new ChatAddress("{\"serviceUrl\":\"http://localhost/\"}");

        var message = OutboundMessage.ToPerson("staff-history/a-1", "29:staff", origin, Card);

        Assert.Null(message.SessionId);
        Assert.Equal(origin, message.Origin);
    }
}
