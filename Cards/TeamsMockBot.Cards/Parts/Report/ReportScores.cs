using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;

namespace TeamsMockBot.Cards.Parts.Report;

/// <summary>Overall scores as tiles, computed from the ratings (never typed; "not observed" left out), and how many questions were answered.</summary>
internal static class ReportScores
{
    public static IEnumerable<CardElement> Build(FeedbackReportCardModel model)
    {
        var tiles = new List<Column>();
        if (model.Mentor is { } mentor)
        {
            tiles.Add(Tile(string.IsNullOrWhiteSpace(model.InterviewerName) ? "Interviewer's score" : $"{model.InterviewerName}'s score", mentor.OverallScore));
        }

        tiles.Add(Tile("Your score", model.Self?.OverallScore));

        yield return new ColumnSet(tiles) { Spacing = Spacing.Medium };
        var answered = Wording.Count(model.QuestionsAnswered, "question answered", "questions answered");
        yield return CardText.Small(model.QuestionsSkipped > 0 ? $"{answered}, {Wording.Number(model.QuestionsSkipped)} skipped" : answered);
    }

    private static Column Tile(string label, double? score) => new(
    [
        TypedText.Small(label),
        new TextBlock(score is { } value ? Wording.Score(value) : "Not submitted")
        {
            Size = TextSize.Large,
            Weight = TextWeight.Bolder,
            Spacing = Spacing.None,
        },
    ])
    {
        Width = "stretch",
        Style = ContainerStyle.Emphasis,
    };
}
