using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Tests.Catalog;
using TeamsMockBot.Cards.Tests.Support;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Cards.Tests;

public sealed class SetupCardTests
{
    [Fact]
    public void Build_WithoutPeople_OffersOnlySoloPractice()
    {
        var card = new CardQuery(SetupCard.Build(Model([], InterviewFormat.MentorLed)));

        Assert.DoesNotContain(CardInputs.Candidate, card.InputIds);
        Assert.DoesNotContain(CardInputs.Format, card.InputIds);
        Assert.Equal(nameof(InterviewFormat.SoloPractice), card.Action(CardVerbs.CreateSession)["data"]![CardInputs.Format]!.GetValue<string>());
    }

    [Fact]
    public void Build_WithPeople_AsksForTheCandidateAndEveryFormat()
    {
        var card = new CardQuery(SetupCard.Build(Model(SampleData.People, InterviewFormat.Peer)));

        Assert.Equal(
            [CardInputs.Candidate, CardInputs.Track, CardInputs.Focus, CardInputs.Format, CardInputs.Length, CardInputs.QuestionCount],
            card.InputIds);
        Assert.Equal(4, card.Input(CardInputs.Format)["choices"]!.AsArray().Count);
        Assert.Equal("Peer", card.Input(CardInputs.Format)["value"]!.GetValue<string>());
        Assert.Equal("auto", card.Action(CardVerbs.CreateSession)["associatedInputs"]!.GetValue<string>().ToLowerInvariant());
    }

    [Fact]
    public void Build_WithErrors_ShowsEachUnderItsFieldAndKeepsTheValues()
    {
        var errors = new Dictionary<string, string> { [CardInputs.Length] = "Too short.", [CardInputs.Focus] = "Too long." };
        var card = new CardQuery(SetupCard.Build(Model(SampleData.People, InterviewFormat.MentorLed, errors) with { Focus = "STAR", LengthMinutes = 5 }));

        Assert.Equal("Too short.", card.ElementAfterInput(CardInputs.Length)!["text"]!.GetValue<string>());
        Assert.Equal("attention", card.ElementAfterInput(CardInputs.Length)!["color"]!.GetValue<string>());
        Assert.Equal("Too long.", card.ElementAfterInput(CardInputs.Focus)!["text"]!.GetValue<string>());
        Assert.Equal(5, card.Input(CardInputs.Length)["value"]!.GetValue<int>());
        Assert.Equal("STAR", card.Input(CardInputs.Focus)["value"]!.GetValue<string>());
    }

    [Fact]
    public void Build_ErrorForNoField_IsShownAtTheTop()
    {
        var card = new CardQuery(SetupCard.Build(Model([], InterviewFormat.SoloPractice, new Dictionary<string, string> { ["session"] = "That chat is gone." })));

        Assert.True(card.HasText("That chat is gone."));
    }

    private static SetupCardModel Model(IReadOnlyList<PersonChoice> people, InterviewFormat format, IReadOnlyDictionary<string, string>? errors = null) =>
        new("Maya", people, null, Track.Behavioral, "", format, 60, 5, errors ?? SampleData.NoErrors);
}
