using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Parts;

namespace TeamsMockBot.Cards;

/// <summary>The quiz scored: the total, and for every question what was chosen, the right answer and why.</summary>
public static class QuizResultCard
{
    public static AdaptiveCard Build(QuizResultCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var result = model.Result;
        var body = new List<CardElement>
        {
            CardText.Eyebrow("Practice quiz"),
            CardText.Title($"You scored {result.Score} out of {result.OutOf}"),
            CardText.Subtle(model.BestBefore is { } best
                ? $"Your best before this was {best} out of {result.OutOf}. Your score is kept for my progress."
                : "Your score is kept for my progress."),
        };

        foreach (var (answer, index) in result.Answers.Select((a, i) => (a, i + 1)))
        {
            var items = new List<CardElement>
            {
                new TextBlock($"{index}. {answer.Question.Prompt}") { Weight = TextWeight.Bolder },
                new TextBlock(answer.IsCorrect ? $"✓ {answer.Chosen.Text}" : $"✗ You chose: {answer.Chosen.Text}")
                {
                    Color = answer.IsCorrect ? TextColor.Good : TextColor.Attention,
                    Spacing = Spacing.Small,
                },
            };
            if (!answer.IsCorrect)
            {
                items.Add(new TextBlock($"Answer: {answer.Question.Answer.Text}") { Spacing = Spacing.Small });
            }

            items.Add(CardText.Small(answer.Question.Explanation));
            body.Add(new Container(items) { Separator = true, Spacing = Spacing.Medium });
        }

        return new AdaptiveCard(body)
        {
            Actions = model.PrepSessionId is { } prep
                ?
                [
                    CardButtons.Execute("Back to my prep card", CardVerbs.ShowPrep, CardButtons.Session(prep)),
                    CardButtons.Execute("Try again", CardVerbs.ShowQuiz, CardButtons.Session(prep)),
                    CardButtons.Execute("My progress", CardVerbs.ShowProgress),
                ]
                :
                [
                    CardButtons.Execute("Try again", CardVerbs.ShowQuiz),
                    CardButtons.Execute("My progress", CardVerbs.ShowProgress),
                ],
        };
    }
}
