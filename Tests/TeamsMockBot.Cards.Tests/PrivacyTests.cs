using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Tests.Catalog;
using TeamsMockBot.Cards.Tests.Support;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Cards.Tests;

/// <summary>Interviewer-only material (hints, follow-ups, notes) must never reach a card the candidate can see.</summary>
public sealed class PrivacyTests
{
    public static IEnumerable<object[]> EveryoneCards =>
        CardCatalog.All.Where(c => c.Audience == CardAudience.Everyone).Select(c => new object[] { c.Name });

    [Theory]
    [MemberData(nameof(EveryoneCards))]
    public void CardForEveryone_HoldsNoInterviewerOnlyText(string name)
    {
        var texts = CardJsonQueries.Texts(CardCatalog.Get(name).Card.ToJsonNode()).ToList();

        foreach (var secret in SampleData.PrivateTexts)
        {
            Assert.DoesNotContain(texts, t => t.Contains(secret, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void InterviewerView_DoesHoldThePrivateTexts_SoThePrivacyTestLooksForTheRightThings()
    {
        var texts = CardJsonQueries.Texts(CardCatalog.Get("interview-question-follow-ups-interviewer").Card.ToJsonNode()).ToList();

        Assert.All(SampleData.PrivateTexts, secret => Assert.Contains(texts, t => t.Contains(secret, StringComparison.Ordinal)));
    }

    [Fact]
    public void InterviewCard_RefusesPrivateMaterialInTheViewForEveryone()
    {
        var model = SampleData.Interview(InterviewViewer.Everyone, SessionStage.Interviewing) with { Private = SampleData.Material(1, withNotes: true) };

        Assert.Throws<ArgumentException>(() => InterviewCard.Build(model));
    }
}
