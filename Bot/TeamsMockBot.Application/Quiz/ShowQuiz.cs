using TeamsMockBot.Cards;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Quiz;

namespace TeamsMockBot.Application.Quiz;

/// <summary><c>quiz</c> (typed, or the prep card's "Quiz" button): the practice quiz, with a fresh attempt id.</summary>
public sealed class ShowQuiz(PracticeQuiz quiz)
{
    public CardResult Handle() =>
        new(QuizCard.Build(new QuizCardModel(quiz, Guid.NewGuid().ToString("N"))));
}
