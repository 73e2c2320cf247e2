namespace TeamsMockBot.Domain.Quiz;

/// <summary>One active-recall question: a prompt, its choices, which one is right and why.</summary>
public sealed record QuizQuestion(string Id, string Prompt, IReadOnlyList<QuizChoice> Choices, string AnswerId, string Explanation)
{
    public QuizChoice Answer => Choices.Single(c => c.Id == AnswerId);

    public QuizChoice? Choice(string id) => Choices.FirstOrDefault(c => c.Id == id);
}
