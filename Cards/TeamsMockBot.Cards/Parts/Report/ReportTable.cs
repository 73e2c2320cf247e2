using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Feedback;

namespace TeamsMockBot.Cards.Parts.Report;

/// <summary>
/// Competency | interviewer | you | gap, drawn with fixed-width columns so the numbers line up row to
/// row. The largest gaps between the two views are named in a sentence: they are the best thing to
/// talk about next (calibration).
/// </summary>
internal static class ReportTable
{
    private const string RatingWidth = "56px";
    private const int MaxGapsNamed = 2;

    public static IEnumerable<CardElement> Build(FeedbackReportCardModel model)
    {
        var mentor = model.Mentor?.Ratings;
        var notObserved = model.Mentor?.NotObserved ?? [];
        var self = model.Self?.Ratings;
        var both = mentor is not null && self is not null;
        var competencies = model.Rubric.ForTrack(model.Track);
        yield return CardText.Heading("By competency");
        yield return CardText.Small(both
            ? "Ratings are 1 to 4, where 4 is interview-ready. Gap is your rating minus your interviewer's."
            : "Ratings are 1 to 4, where 4 is interview-ready.");
        yield return Row(
            new TextBlock("Competency") { Size = TextSize.Small, Weight = TextWeight.Bolder, IsSubtle = true },
            mentor is null ? null : Header("Interviewer"),
            Header("You"),
            both ? Header("Gap") : null,
            isHeader: true);

        foreach (var entry in competencies)
        {
            yield return Row(
                new TextBlock(entry.Title),
                mentor is null ? null : notObserved.Contains(entry.Id) ? Subtle("n/o") : Rating(mentor, entry.Id),
                Rating(self, entry.Id),
                both ? Gap(Calibration.GapOf(mentor!, self!, entry.Id)) : null,
                isHeader: false);
        }

        if (notObserved.Count > 0)
        {
            yield return CardText.Small("n/o: not observed in this interview, so left out of the score.");
        }

        if (both)
        {
            yield return new RichTextBlock([new TextRun(CalibrationSentence.For(competencies, mentor!, self!, model.InterviewerName, MaxGapsNamed)) { Size = TextSize.Small, Color = TextColor.Accent }])
            {
                Spacing = Spacing.Medium,
            };
        }
    }

    private static TextBlock Header(string text) =>
        new(text) { Size = TextSize.Small, Weight = TextWeight.Bolder, IsSubtle = true, HorizontalAlignment = HorizontalAlignment.Center };

    private static TextBlock Subtle(string text) => new(text) { IsSubtle = true, HorizontalAlignment = HorizontalAlignment.Center };

    private static TextBlock Rating(IReadOnlyDictionary<string, int>? ratings, string competencyId) =>
        ratings is not null && ratings.TryGetValue(competencyId, out var rating)
            ? new TextBlock(Wording.Number(rating))
            {
                Weight = TextWeight.Bolder,
                Color = ReadinessStyle.Rating(rating),
                HorizontalAlignment = HorizontalAlignment.Center,
            }
            : Subtle("—");

    private static TextBlock Gap(int? gap) => gap switch
    {
        null => Subtle("—"),
        0 => Subtle("0"),
        var g => new TextBlock(g > 0 ? "+" + Wording.Number(g.Value) : "−" + Wording.Number(-g.Value))
        {
            Weight = Math.Abs(g.Value) >= 2 ? TextWeight.Bolder : null,
            Color = Math.Abs(g.Value) >= 2 ? TextColor.Accent : null,
            HorizontalAlignment = HorizontalAlignment.Center,
        },
    };

    private static ColumnSet Row(TextBlock label, TextBlock? mentor, TextBlock self, TextBlock? gap, bool isHeader)
    {
        var columns = new List<Column> { new([label]) { Width = "stretch", VerticalContentAlignment = VerticalContentAlignment.Center } };
        foreach (var cell in new[] { mentor, self, gap }.OfType<TextBlock>())
        {
            columns.Add(new Column([cell]) { Width = RatingWidth, VerticalContentAlignment = VerticalContentAlignment.Center });
        }

        return new ColumnSet(columns) { Separator = isHeader ? null : true, Spacing = isHeader ? Spacing.Medium : Spacing.Small };
    }
}
