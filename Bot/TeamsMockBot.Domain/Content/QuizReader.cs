using TeamsMockBot.Domain.Quiz;

namespace TeamsMockBot.Domain.Content;

/// <summary>
/// Reads a quiz file and refuses it unless it has exactly <see cref="QuestionCount"/> complete
/// questions, each with 2–5 choices and an answer that is one of them, and unique ids throughout.
/// </summary>
public static class QuizReader
{
    public const int QuestionCount = 10;

    public static PracticeQuiz Read(string file, string json)
    {
        var document = ContentFormat.Read<QuizDocument>(file, json, ContentFormat.Quiz);
        var problems = new ContentProblems(file);
        if (string.IsNullOrWhiteSpace(document.Id) || string.IsNullOrWhiteSpace(document.Title))
        {
            problems.Add("the file", "needs an \"id\" and a \"title\"");
        }

        var questions = new List<QuizQuestion>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (entry, index) in (document.Questions ?? []).Select((e, i) => (e, i)))
        {
            var item = $"questions[{index}]";
            if (entry is null || string.IsNullOrWhiteSpace(entry.Id) || string.IsNullOrWhiteSpace(entry.Prompt) || string.IsNullOrWhiteSpace(entry.Explanation))
            {
                problems.Add(item, "needs an \"id\", a \"prompt\" and an \"explanation\"");
                continue;
            }

            if (!ids.Add(entry.Id))
            {
                problems.Add(item, $"repeats the id '{entry.Id}'");
            }

            var choices = (entry.Choices ?? []).Where(c => c is { Id.Length: > 0, Text.Length: > 0 }).Select(c => new QuizChoice(c!.Id!, c.Text!)).ToList();
            if (choices.Count is < 2 or > 5 || choices.Count != (entry.Choices?.Count ?? 0) || choices.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count() != choices.Count)
            {
                problems.Add(item, "needs 2 to 5 choices, each with a unique \"id\" and a \"text\"");
                continue;
            }

            if (choices.All(c => c.Id != entry.Answer))
            {
                problems.Add(item, $"has the answer '{entry.Answer}', which is not one of its choices");
                continue;
            }

            questions.Add(new QuizQuestion(entry.Id, entry.Prompt, choices, entry.Answer!, entry.Explanation));
        }

        if ((document.Questions?.Count ?? 0) != QuestionCount)
        {
            problems.Add("the file", $"has {document.Questions?.Count ?? 0} questions; the quiz has exactly {QuestionCount}");
        }

        problems.ThrowIfAny();
        return new PracticeQuiz(document.Id!, document.Title!, questions);
    }
}
