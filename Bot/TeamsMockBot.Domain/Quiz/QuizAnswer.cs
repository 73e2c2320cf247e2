namespace TeamsMockBot.Domain.Quiz;

/// <summary>What the student chose for one question, and whether it was right.</summary>
public sealed record QuizAnswer(QuizQuestion Question, QuizChoice Chosen)
{
    public bool IsCorrect => Chosen.Id == Question.AnswerId;
}
