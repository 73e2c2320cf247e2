using TeamsMockBot.Domain.Content;

namespace TeamsMockBot.Domain.Quiz;

/// <summary>
/// The active-recall quiz on good mock-interview practice, read from content
/// (<c>Content/practice-quiz.json</c>, our own wording of the ideas in the guide the product was
/// born from). <see cref="Id"/> changes whenever the questions do, so answers to an older card are
/// not scored against newer questions.
/// </summary>
public sealed class PracticeQuiz(string id, string title, IReadOnlyList<QuizQuestion> questions)
{
    public static PracticeQuiz BuiltIn => BuiltInContent.Quiz;

    public string Id { get; } = id;

    public string Title { get; } = title;

    public IReadOnlyList<QuizQuestion> Questions { get; } = questions;

    /// <summary>
    /// Scores <paramref name="answers"/> (question id → choice id). Throws <see cref="QuizAnswersException"/>
    /// when a question is unanswered or an answer is not one of its question's choices.
    /// </summary>
    public QuizResult Score(IReadOnlyDictionary<string, string?> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var unknown = answers.Keys.Where(k => Questions.All(q => q.Id != k)).ToList();
        if (unknown.Count > 0)
        {
            throw new QuizAnswersException("Those answers are for questions this quiz does not have.", []);
        }

        var scored = new List<QuizAnswer>();
        var unanswered = new List<string>();
        foreach (var question in Questions)
        {
            var chosen = answers.GetValueOrDefault(question.Id);
            if (string.IsNullOrEmpty(chosen))
            {
                unanswered.Add(question.Id);
                continue;
            }

            scored.Add(new QuizAnswer(question, question.Choice(chosen) ?? throw new QuizAnswersException("One of those answers is not a choice the quiz offers.", [])));
        }

        return unanswered.Count > 0
            ? throw new QuizAnswersException($"Answer every question first ({unanswered.Count} left).", unanswered)
            : new QuizResult(Id, scored);
    }
}
