using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Tests.Catalog;
using TeamsMockBot.Cards.Tests.Support;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Cards.Tests;

public sealed class HistoryCardTests
{
    [Fact]
    public void Build_Empty_SaysHowToStart()
    {
        var card = new CardQuery(HistoryCard.Build(new HistoryCardModel("Leo", [], SampleData.Rubric)));

        Assert.True(card.HasText("No mock interviews yet"));
        Assert.Contains(CardVerbs.ShowSetup, card.Verbs);
    }

    [Fact]
    public void Build_ListsNewestFirstWithLocalDates()
    {
        var texts = new CardQuery(HistoryCard.Build(new HistoryCardModel("Leo", SampleData.History, SampleData.Rubric))).Texts;
        var dates = texts.Where(t => t.StartsWith("{{DATE(", StringComparison.Ordinal)).ToList();

        Assert.Equal(
            ["{{DATE(2026-12-01T10:00:00Z, SHORT)}} · System design", "{{DATE(2026-11-25T09:30:00Z, SHORT)}} · Behavioral",
             "{{DATE(2026-11-18T16:30:00Z, SHORT)}} · Product management", "{{DATE(2026-10-02T14:00:00Z, SHORT)}} · Behavioral"],
            dates);
        Assert.Contains("Almost", texts);
        Assert.Contains("2.9 / 4", texts);
        Assert.Contains("Waiting for feedback", texts);
    }

    [Fact]
    public void Build_LongHistory_StaysSmallAndSaysItIsCut()
    {
        var sessions = Enumerable.Range(0, 45)
            .Select(i => new HistoryEntry($"s-{i}", SampleData.HeldAt.AddDays(-i), Track.General, "A fairly long focus text to make the card heavier", "Someone", SessionStage.Completed, null, 3.1))
            .ToList();

        var card = HistoryCard.Build(new HistoryCardModel("Leo", sessions, SampleData.Rubric));

        Assert.True(new CardQuery(card).HasText("The 20 most recent of 45 sessions"));
        Assert.True(card.ToJson().Length < 28 * 1024);
    }
}
