using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;

namespace TeamsMockBot.Cards.Parts.Report;

/// <summary>Strengths and improvements (one per line as typed), the candidate's own reflection and, in a peer mock, how they did as an interviewer.</summary>
internal static class ReportComments
{
    public static IEnumerable<CardElement> Build(FeedbackReportCardModel model)
    {
        if (model.Mentor is { } mentor)
        {
            yield return CardText.Heading("Strengths");
            foreach (var line in TypedText.Lines(mentor.Strengths))
            {
                yield return line;
            }

            yield return CardText.Heading("What to improve");
            foreach (var line in TypedText.Lines(mentor.Improvements))
            {
                yield return line;
            }
        }
    }

    /// <summary>After the action plan: what the candidate wrote and what their peer said of them.</summary>
    public static IEnumerable<CardElement> Closing(FeedbackReportCardModel model)
    {
        if (model.Self is { Reflection.Length: > 0 } self)
        {
            yield return CardText.Heading("Your reflection");
            yield return CardText.Typed(self.Reflection, subtle: true);
        }

        if (model.RatingOfYou is { } rating)
        {
            yield return CardText.Heading("You as an interviewer");
            yield return CardText.LabelledTyped($"{Wording.Number(rating.Score)} / 4 from", rating.FromName);
            yield return CardText.Typed(rating.Comment);
        }
    }
}
