namespace TeamsMockBot.Cards;

/// <summary>The data of the quiz card's submit (<see cref="CardVerbs.SubmitQuiz"/>).</summary>
public static class QuizInputs
{
    /// <summary>The quiz content's id, so answers to an older quiz are not scored against newer questions.</summary>
    public const string QuizId = "quizId";

    /// <summary>One per card shown: a repeated submit of the same card is recorded once.</summary>
    public const string AttemptId = "attemptId";

    public const string AnswerPrefix = "quiz.";

    public static string Answer(string questionId) => AnswerPrefix + questionId;
}
