using TeamsMockBot.Domain.Quiz;

namespace TeamsMockBot.Cards.Models;

/// <summary>A scored quiz; <see cref="BestBefore"/> is the student's best earlier score, if any.</summary>
public sealed record QuizResultCardModel(QuizResult Result, int? BestBefore)
{
    /// <summary>The booked mock whose prep card opened the quiz: the result offers "Back to my prep card".</summary>
    public string? PrepSessionId { get; init; }
}
