using System.Text.RegularExpressions;
using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Quiz;

namespace TeamsMockBot.Application.Quiz;

/// <summary>
/// <c>quiz</c> (typed, or the prep card's "Take the practice quiz"): the practice quiz, with a fresh
/// attempt id. From a prep card the session id rides along, so the result leads back to that card.
/// </summary>
public sealed partial class ShowQuiz(PracticeQuiz quiz)
{
    public CardResult Handle(CardData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new(QuizCard.Build(new QuizCardModel(quiz, Guid.NewGuid().ToString("N")) { PrepSessionId = PrepSessionOf(data) }));
    }

    /// <summary>The prep card's session id the card carries, if it looks like one; anything else is dropped, never echoed.</summary>
    internal static string? PrepSessionOf(CardData data) =>
        data.Text(CardInputs.SessionId) is { } id && SessionIdShape().IsMatch(id) ? id : null;

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex SessionIdShape();
}
