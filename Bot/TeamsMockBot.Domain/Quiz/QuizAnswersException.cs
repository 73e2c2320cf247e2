namespace TeamsMockBot.Domain.Quiz;

/// <summary>
/// Answers that do not fit the quiz: a choice it does not have, or a question it does not ask (a
/// changed or forged card). Unanswered questions are <see cref="Unanswered"/> instead, which a
/// student can fix on the same card.
/// </summary>
public sealed class QuizAnswersException(string message, IReadOnlyList<string> unanswered) : Exception(message)
{
    /// <summary>The ids of the questions left unanswered; empty when the answers were forged.</summary>
    public IReadOnlyList<string> Unanswered { get; } = unanswered;

    public bool IsForged => Unanswered.Count == 0;
}
