using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Feedback;

namespace TeamsMockBot.Cards.Parts.Report;

/// <summary>
/// Competency | mentor | self, drawn with fixed-width columns so the numbers line up row to row.
/// Large gaps between the two views are named: they are the best thing to talk about next.
/// </summary>
internal static class ReportTable
{
    private const string RatingWidth = "70px";
    private const int NotableGap = 2;

    public static IEnumerable<CardElement> Build(FeedbackReportCardModel model)
    {
        var mentor = model.Mentor?.Ratings;
        var self = model.Self?.Ratings;
        var competencies = model.Rubric.ForTrack(model.Track);
        yield return CardText.Heading("By competency");
        yield return CardText.Small("Ratings are 1 to 4, where 4 is interview-ready.");
        yield return Row(
            new TextBlock("Competency") { Size = TextSize.Small, Weight = TextWeight.Bolder, IsSubtle = true },
            mentor is null ? null : Header("Interviewer"),
            Header("You"),
            isHeader: true);

        foreach (var entry in competencies)
        {
            yield return Row(
                new TextBlock(entry.Title),
                mentor is null ? null : Rating(mentor, entry.Id),
                Rating(self, entry.Id),
                isHeader: false);
        }

        if (mentor is not null && self is not null)
        {
            var gaps = competencies
                .Where(e => mentor.TryGetValue(e.Id, out var m) && self.TryGetValue(e.Id, out var s) && Math.Abs(m - s) >= NotableGap)
                .Select(e => e.Title)
                .ToList();
            if (gaps.Count > 0)
            {
                yield return new TextBlock($"Your view and your interviewer's differ most on {string.Join(", ", gaps)}. Worth talking through together.")
                {
                    Size = TextSize.Small,
                    Color = TextColor.Accent,
                    Spacing = Spacing.Medium,
                };
            }
        }
    }

    private static TextBlock Header(string text) =>
        new(text) { Size = TextSize.Small, Weight = TextWeight.Bolder, IsSubtle = true, HorizontalAlignment = HorizontalAlignment.Center };

    private static TextBlock Rating(IReadOnlyDictionary<string, int>? ratings, string competencyId) =>
        ratings is not null && ratings.TryGetValue(competencyId, out var rating)
            ? new TextBlock(Wording.Number(rating))
            {
                Weight = TextWeight.Bolder,
                Color = ReadinessStyle.Rating(rating),
                HorizontalAlignment = HorizontalAlignment.Center,
            }
            : new TextBlock("—") { IsSubtle = true, HorizontalAlignment = HorizontalAlignment.Center };

    private static ColumnSet Row(TextBlock label, TextBlock? mentor, TextBlock self, bool isHeader)
    {
        var columns = new List<Column> { new([label]) { Width = "stretch", VerticalContentAlignment = VerticalContentAlignment.Center } };
        if (mentor is not null)
        {
            columns.Add(new Column([mentor]) { Width = RatingWidth, VerticalContentAlignment = VerticalContentAlignment.Center });
        }

        columns.Add(new Column([self]) { Width = RatingWidth, VerticalContentAlignment = VerticalContentAlignment.Center });
        return new ColumnSet(columns) { Separator = isHeader ? null : true, Spacing = isHeader ? Spacing.Medium : Spacing.Small };
    }
}
