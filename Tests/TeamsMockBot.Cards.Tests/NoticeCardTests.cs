using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Tests.Support;

namespace TeamsMockBot.Cards.Tests;

public sealed class NoticeCardTests
{
    [Fact]
    public void Build_WithoutSession_HasNoButtons()
    {
        var card = NoticeCard.Build(new NoticeCardModel("Done", "All good.", NoticeKind.Success));

        Assert.Null(card.Actions);
    }

    [Fact]
    public void Build_WithSessionAndRelease_OffersBothButtonsWithTheSessionId()
    {
        var card = new CardQuery(NoticeCard.Build(new NoticeCardModel("Waiting", "Still waiting.", NoticeKind.Warning, "s-1", CanRelease: true)));

        Assert.Equal([CardVerbs.ReleaseFeedback, CardVerbs.Refresh], card.Verbs);
        Assert.Equal("s-1", card.Action(CardVerbs.ReleaseFeedback)["data"]![CardInputs.SessionId]!.GetValue<string>());
    }

    [Fact]
    public void Build_ReleaseWithoutSession_Throws()
    {
        Assert.Throws<ArgumentException>(() => NoticeCard.Build(new NoticeCardModel("x", "y", NoticeKind.Info, CanRelease: true)));
    }
}
