using TeamsMockBot.Domain.Quiz;

namespace TeamsMockBot.Cards.Models;

/// <summary>The quiz to answer; <see cref="Chosen"/> (question id → choice id) and <see cref="Problem"/> when it comes back incomplete.</summary>
public sealed record QuizCardModel(PracticeQuiz Quiz, string AttemptId)
{
    public IReadOnlyDictionary<string, string> Chosen { get; init; } = new Dictionary<string, string>();

    public string? Problem { get; init; }

    public IReadOnlyCollection<string> Unanswered { get; init; } = [];

    /// <summary>The booked mock whose prep card opened the quiz: its result leads back there.</summary>
    public string? PrepSessionId { get; init; }
}
