namespace TeamsMockBot.Domain.Quiz;

/// <summary>A scored quiz: one answer per question, in the quiz's order.</summary>
public sealed record QuizResult(string QuizId, IReadOnlyList<QuizAnswer> Answers)
{
    public int Score => Answers.Count(a => a.IsCorrect);

    public int OutOf => Answers.Count;
}
