using System.Text.Json.Nodes;
using TeamsMockBot.Domain.Content;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;

namespace TeamsMockBot.Domain.Tests.Content;

/// <summary>Small valid content files as JSON trees, for tests to break one thing at a time.</summary>
internal static class ContentSamples
{
    public const string RubricFile = "center-rubric.json";
    public const string BankFile = "center-bank.json";

    public static JsonObject Competency(string id) => new()
    {
        ["id"] = id,
        ["title"] = $"{id} title",
        ["summary"] = $"What {id} is about.",
        ["levels"] = new JsonObject { ["1"] = $"{id} one", ["2"] = $"{id} two", ["3"] = $"{id} three", ["4"] = $"{id} four" },
    };

    /// <summary>Two general competencies; system design adds "Scalability".</summary>
    public static JsonObject Rubric() => new()
    {
        ["format"] = "teamsmockbot.rubric",
        ["formatVersion"] = 1,
        ["title"] = "Career center rubric",
        ["competencies"] = new JsonArray(Competency("Structure"), Competency("Communication")),
        ["tracks"] = new JsonArray(new JsonObject { ["track"] = "SystemDesign", ["competencies"] = new JsonArray(Competency("Scalability")) }),
        ["readinessLabels"] = new JsonObject { ["notYet"] = "Not yet", ["almost"] = "Almost", ["ready"] = "Ready" },
    };

    public static JsonObject Question(string id, string track, params string[] competencies) => new()
    {
        ["id"] = id,
        ["track"] = track,
        ["text"] = $"Question {id}?",
        ["minutes"] = 4,
        ["whatGoodLooksLike"] = "A complete answer.",
        ["followUps"] = new JsonArray("First follow-up?", "Second follow-up?"),
        ["competencies"] = new JsonArray([.. (competencies.Length == 0 ? ["Communication"] : competencies).Select(c => (JsonNode)c)]),
        ["focus"] = new JsonArray("teamwork"),
    };

    /// <summary>Eight questions for each track, ids like <c>Behavioral-1</c>; the first question of the bank is <c>Behavioral-1</c>.</summary>
    public static JsonObject Bank() => new()
    {
        ["format"] = "teamsmockbot.questionbank",
        ["formatVersion"] = 1,
        ["questions"] = new JsonArray([.. Enum.GetNames<Track>().SelectMany(track =>
            Enumerable.Range(1, QuestionBankReader.MinQuestionsPerTrack).Select(i => (JsonNode)Question($"{track}-{i}", track)))]),
    };

    public static JsonObject FirstQuestion(JsonObject bank) => bank["questions"]![0]!.AsObject();

    public static Rubric ReadRubric(JsonObject rubric) => RubricReader.Read(RubricFile, rubric.ToJsonString());

    public static QuestionBank ReadBank(JsonObject bank) => QuestionBankReader.Read(BankFile, bank.ToJsonString(), ReadRubric(Rubric()));
}
