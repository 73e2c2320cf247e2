using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Tests.Catalog;
using TeamsMockBot.Cards.Tests.Support;
using TeamsMockBot.Domain.Feedback;

namespace TeamsMockBot.Cards.Tests;

/// <summary>What Teams and our bot rely on in every card, beyond what the schema can say.</summary>
public sealed class CardContractTests
{
    private const int MaxCardBytes = 28 * 1024;

    private static readonly HashSet<string> Verbs = typeof(CardVerbs)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetValue(null)!)
        .ToHashSet();

    private static readonly HashSet<string> VerbsWithoutSession =
        [CardVerbs.ShowSetup, CardVerbs.CreateSession, CardVerbs.ShowHistory, CardVerbs.ConfirmDeleteData,
         CardVerbs.ShowSchedule, CardVerbs.FindSlots, CardVerbs.BookSlot, CardVerbs.BookNow, // scheduling: no session until it is booked
         CardVerbs.ShowProgress, CardVerbs.ShowQuiz, CardVerbs.SubmitQuiz];

    private static readonly HashSet<string> QuestionVerbs =
    [
        CardVerbs.Next, CardVerbs.Skip, CardVerbs.FollowUp, CardVerbs.Pause, CardVerbs.Resume,
        CardVerbs.AddMinute, CardVerbs.EndInterview,
    ];

    [Theory]
    [MemberData(nameof(CardCatalog.Names), MemberType = typeof(CardCatalog))]
    public void CatalogCard_IsVersion15AndSmallEnoughForTeams(string name)
    {
        var card = CardCatalog.Get(name).Card;
        var json = card.ToJson();

        Assert.StartsWith("""{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5",""", json, StringComparison.Ordinal);
        Assert.InRange(Encoding.UTF8.GetByteCount(json), 1, MaxCardBytes);
    }

    [Theory]
    [MemberData(nameof(CardCatalog.Names), MemberType = typeof(CardCatalog))]
    public void CatalogCard_WritesTypeFirstAndNoNulls(string name)
    {
        var node = CardCatalog.Get(name).Card.ToJsonNode();

        foreach (var obj in CardJsonQueries.Objects(node).Where(o => o.ContainsKey("type")))
        {
            Assert.Equal("type", obj.First().Key);
        }

        Assert.Empty(CardJsonQueries.Objects(node).SelectMany(o => o).Where(p => p.Value is null).Select(p => p.Key));
    }

    [Theory]
    [MemberData(nameof(CardCatalog.Names), MemberType = typeof(CardCatalog))]
    public void CatalogCard_EveryExecuteHasAKnownVerbAndTheDataItNeeds(string name)
    {
        var node = CardCatalog.Get(name).Card.ToJsonNode();

        foreach (var action in CardJsonQueries.OfType(node, "Action.Execute"))
        {
            var verb = action["verb"]?.GetValue<string>();
            Assert.True(verb is not null && Verbs.Contains(verb), $"{name}: unknown verb '{verb}'");
            if (!VerbsWithoutSession.Contains(verb!))
            {
                Assert.Equal(SampleData.SessionId, action["data"]?[CardInputs.SessionId]?.GetValue<string>());
            }

            if (QuestionVerbs.Contains(verb!))
            {
                Assert.True(action["data"]?[CardInputs.QuestionNumber]?.GetValue<int>() >= 1, $"{name}: {verb} needs the question number");
            }

            // A note may be taken after the last question too, so its number can be 0 but must be there.
            if (verb == CardVerbs.SaveNote)
            {
                Assert.True(action["data"]?[CardInputs.QuestionNumber]?.GetValue<int>() >= 0, $"{name}: {verb} needs the question number");
            }
        }
    }

    [Theory]
    [MemberData(nameof(CardCatalog.Names), MemberType = typeof(CardCatalog))]
    public void CatalogCard_InputsHaveUniqueIdsTheBotKnows(string name)
    {
        var known = typeof(CardInputs).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!)
            .Concat(SampleData.Rubric.General.Select(c => FeedbackInputs.Rating(c.Id)))
            .Concat(Enumerable.Range(1, FeedbackDraft.MaxActionSteps).Select(FeedbackInputs.ActionStep))
            .Concat(Enumerable.Range(1, FeedbackDraft.MaxActionSteps).Select(FeedbackInputs.ActionDue))
            .Concat([FeedbackInputs.Strengths, FeedbackInputs.Improvements, FeedbackInputs.Readiness, FeedbackInputs.Reflection, FeedbackInputs.InterviewerScore, FeedbackInputs.InterviewerComment])
            .Concat(Domain.Quiz.PracticeQuiz.BuiltIn.Questions.Select(q => QuizInputs.Answer(q.Id)))
            .ToHashSet();
        var ids = CardJsonQueries.Objects(CardCatalog.Get(name).Card.ToJsonNode())
            .Where(o => o["type"]?.GetValue<string>()?.StartsWith("Input.", StringComparison.Ordinal) == true)
            .Select(o => o["id"]!.GetValue<string>())
            .ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Contains(id, known));
    }

    [Theory]
    [MemberData(nameof(CardCatalog.Names), MemberType = typeof(CardCatalog))]
    public void CatalogCard_ToggleTargetsExist(string name)
    {
        var node = CardCatalog.Get(name).Card.ToJsonNode();
        var ids = CardJsonQueries.Objects(node).Select(o => o["id"]?.GetValue<string>()).OfType<string>().ToHashSet();

        foreach (var toggle in CardJsonQueries.OfType(node, "Action.ToggleVisibility"))
        {
            Assert.All(toggle["targetElements"]!.AsArray(), t => Assert.Contains(t!.GetValue<string>(), ids));
        }
    }

    [Fact]
    public void ToJsonNode_MatchesToJson()
    {
        var card = CardCatalog.Get("interview-question-interviewer").Card;

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(card.ToJson()), card.ToJsonNode()));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(card.ToIndentedJson()), card.ToJsonNode()));
    }

    [Fact]
    public void AssociatedInputs_UsesTheSchemaSpelling()
    {
        var json = new AdaptiveCard([new ActionSet([new ExecuteAction("Go", CardVerbs.Next) { AssociatedInputs = AssociatedInputs.None }])]).ToJson();

        Assert.Contains("\"associatedInputs\":\"None\"", json, StringComparison.Ordinal);
    }
}
