using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Cards.Parts.Report;

/// <summary>The interviewer's one-click quick tags, summarised: which came up, on which questions.</summary>
internal static class ReportQuickTags
{
    public static IEnumerable<CardElement> Build(FeedbackReportCardModel model)
    {
        if (model.Tags.Count == 0)
        {
            yield break;
        }

        yield return CardText.Heading("Quick tags from the interview");
        foreach (var (title, group) in new[] { ("Went well", QuickTags.Strengths), ("To work on", QuickTags.ToWorkOn) })
        {
            var lines = group
                .Select(tag => (Tag: tag, Questions: model.Tags.Where(q => q.Tags.Contains(tag)).Select(q => "Q" + Wording.Number(q.QuestionNumber)).ToList()))
                .Where(t => t.Questions.Count > 0)
                .Select(t => $"{Wording.QuickTag(t.Tag)} ({string.Join(", ", t.Questions)})")
                .ToList();
            if (lines.Count > 0)
            {
                yield return new TextBlock($"{title}: {string.Join(" · ", lines)}") { Spacing = Spacing.Small };
            }
        }
    }
}
