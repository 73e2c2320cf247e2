using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;

namespace TeamsMockBot.Cards.Parts.Report;

/// <summary>Strengths, improvements, the numbered action plan and the candidate's own reflection.</summary>
internal static class ReportComments
{
    public static IEnumerable<CardElement> Build(FeedbackReportCardModel model)
    {
        if (model.Mentor is { } mentor)
        {
            yield return CardText.Heading("Strengths");
            yield return CardText.Body(mentor.Strengths);
            yield return CardText.Heading("What to improve");
            yield return CardText.Body(mentor.Improvements);
            if (mentor.ActionPlan.Count > 0)
            {
                yield return CardText.Heading("Your action plan");
                foreach (var step in CardLists.Numbered(mentor.ActionPlan))
                {
                    yield return step;
                }
            }
        }

        if (model.Self is { Reflection.Length: > 0 } self)
        {
            yield return CardText.Heading("Your reflection");
            yield return new TextBlock(self.Reflection) { IsSubtle = true };
        }

        if (model.RatingOfYou is { } rating)
        {
            yield return CardText.Heading("You as an interviewer");
            yield return new FactSet([new Fact($"{rating.FromName}'s rating", $"{Wording.Number(rating.Score)} / 4")]) { Spacing = Spacing.Small };
            yield return CardText.Body(rating.Comment);
        }
    }
}
