using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TeamsMockBot.Cards;
using TeamsMockBot.Teams;

namespace TeamsMockBot.Tests.Observability;

/// <summary>Turn names become metric tags, so only known verbs pass; odd invoke values never throw.</summary>
public sealed class TurnNamesTests
{
    [Fact]
    public void CardAction_KnownVerb_NamedByVerbWithItsSession()
    {
        var activity = CardAction(new JObject { ["verb"] = CardVerbs.Next, ["data"] = new JObject { ["sessionId"] = "s-1", ["q"] = 2 } });

        Assert.Equal("invoke", TurnNames.KindOf(activity));
        Assert.Equal(CardVerbs.Next, TurnNames.NameOf(activity));
        Assert.Equal("s-1", TurnNames.SessionIdOf(activity));
    }

    [Theory]
    [InlineData("{\"verb\":\"drop table\",\"data\":{}}")]
    [InlineData("{\"verb\":42}")]
    [InlineData("{\"data\":[1,2]}")]
    public void CardAction_UnknownOrMalformed_NamedUnknownWithoutSession(string action)
    {
        var activity = CardAction(JToken.Parse(action));

        Assert.Equal("unknown", TurnNames.NameOf(activity));
        Assert.Null(TurnNames.SessionIdOf(activity));
    }

    [Fact]
    public void CardAction_ValueNotAnObject_DoesNotThrow()
    {
        var activity = new Activity { Type = ActivityTypes.Invoke, Name = "adaptiveCard/action", Value = new JArray(1, 2) };

        Assert.Equal("unknown", TurnNames.NameOf(activity));
        Assert.Null(TurnNames.SessionIdOf(activity));
    }

    [Fact]
    public void SessionId_TooLong_IsNotTrusted()
    {
        var activity = CardAction(new JObject { ["verb"] = CardVerbs.Start, ["data"] = new JObject { ["sessionId"] = new string('x', 65) } });

        Assert.Null(TurnNames.SessionIdOf(activity));
    }

    [Theory]
    [InlineData("conversationUpdate", "conversationUpdate")]
    [InlineData("typing", "other")]
    public void OtherActivities_NamedByTheirKnownType(string type, string expected)
    {
        var activity = new Activity { Type = type };

        Assert.Equal(expected, TurnNames.KindOf(activity));
        Assert.Equal(expected, TurnNames.NameOf(activity));
    }

    private static Activity CardAction(JToken action) =>
        new() { Type = ActivityTypes.Invoke, Name = "adaptiveCard/action", Value = new JObject { ["action"] = action } };
}
