using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Parts;

namespace TeamsMockBot.Cards;

/// <summary>The practice quiz: ten questions, one set of radio buttons each, answered in one submit.</summary>
public static class QuizCard
{
    public static AdaptiveCard Build(QuizCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var body = new List<CardElement>
        {
            CardText.Eyebrow("Practice quiz"),
            CardText.Title(model.Quiz.Title),
            CardText.Subtle($"{Wording.Count(model.Quiz.Questions.Count, "question", "questions")}. Answer from memory first: recalling is what makes it stick. You'll see why after you check."),
        };
        if (model.Problem is { } problem)
        {
            body.Add(new TextBlock(problem) { Color = TextColor.Attention, Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
        }

        foreach (var (question, index) in model.Quiz.Questions.Select((q, i) => (q, i + 1)))
        {
            body.Add(new ChoiceSetInput(QuizInputs.Answer(question.Id), question.Choices.Select(c => new Choice(c.Text, c.Id)).ToList())
            {
                Label = $"{index}. {question.Prompt}",
                Style = ChoiceInputStyle.Expanded,
                Wrap = true,
                Value = model.Chosen.GetValueOrDefault(question.Id),
                IsRequired = true,
                ErrorMessage = "Pick an answer.",
                Spacing = Spacing.Large,
            });
            if (model.Unanswered.Contains(question.Id))
            {
                body.Add(CardText.Error("Pick an answer."));
            }
        }

        return new AdaptiveCard(body)
        {
            Actions =
            [
                CardButtons.Submit("Check my answers", CardVerbs.SubmitQuiz, SubmitData(model)),
            ],
        };
    }

    private static Dictionary<string, object> SubmitData(QuizCardModel model)
    {
        var data = new Dictionary<string, object> { [QuizInputs.QuizId] = model.Quiz.Id, [QuizInputs.AttemptId] = model.AttemptId };
        if (model.PrepSessionId is { } prep)
        {
            data[CardInputs.SessionId] = prep;
        }

        return data;
    }
}
