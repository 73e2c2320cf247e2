using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Tests.Support;

namespace TeamsMockBot.Cards.Tests;

public sealed class HelpCardTests
{
    [Fact]
    public void Build_ListsTheCommandsAndOffersToStart()
    {
        var card = new CardQuery(HelpCard.Build(new HelpCardModel(IsWelcome: false)));

        Assert.All(["mock", "mock @name", "history", "help", "start a mock interview"], command => Assert.True(card.HasText(command), command));
        Assert.Contains(CardVerbs.ShowSetup, card.Verbs);
        Assert.False(card.HasText("welcome"));
    }

    [Fact]
    public void Build_Welcome_GreetsByName()
    {
        var card = new CardQuery(HelpCard.Build(new HelpCardModel(IsWelcome: true, "Ana")));

        Assert.True(card.HasText("Hi Ana, welcome!"));
    }

    [Fact]
    public void Build_WelcomeWithoutName_StillGreets()
    {
        var card = new CardQuery(HelpCard.Build(new HelpCardModel(IsWelcome: true)));

        Assert.True(card.HasText("Hi, welcome!"));
    }
}
