using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;

namespace TeamsMockBot.Domain.Content;

/// <summary>
/// The rubric and question bank shipped inside this assembly (<c>Content/*.json</c>, embedded
/// resources). Each is read and validated once, on first use; a file that fails validation throws
/// <see cref="InvalidContentException"/> on that use and on every later one.
/// </summary>
internal static class BuiltInContent
{
    public const string RubricFile = "rubric.json";
    public const string QuestionBankFile = "question-bank.json";
    public const string QuizFile = "practice-quiz.json";

    private static readonly Lazy<Rubric> LazyRubric = new(() => RubricReader.Read(Label(RubricFile), Text(RubricFile)));

    private static readonly Lazy<QuestionBank> LazyQuestionBank =
        new(() => QuestionBankReader.Read(Label(QuestionBankFile), Text(QuestionBankFile), LazyRubric.Value));

    private static readonly Lazy<Quiz.PracticeQuiz> LazyQuiz = new(() => QuizReader.Read(Label(QuizFile), Text(QuizFile)));

    public static Rubric Rubric => LazyRubric.Value;

    public static Quiz.PracticeQuiz Quiz => LazyQuiz.Value;

    public static QuestionBank QuestionBank => LazyQuestionBank.Value;

    /// <summary>Where to fix it: the path in the repository.</summary>
    private static string Label(string file) => $"Bot/TeamsMockBot.Domain/Content/{file}";

    private static string Text(string file)
    {
        // The csproj gives each file this logical name, so renaming a folder cannot break the lookup silently.
        var name = $"TeamsMockBot.Domain.Content.{file}";
        using var stream = typeof(BuiltInContent).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidContentException(Label(file), [$"is not embedded in the Domain assembly as '{name}'; check the EmbeddedResource item in TeamsMockBot.Domain.csproj."]);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
