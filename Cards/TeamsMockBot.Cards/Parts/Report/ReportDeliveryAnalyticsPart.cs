using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;

namespace TeamsMockBot.Cards.Parts.Report;

/// <summary>
/// "How you spoke": delivery analytics from the transcript, when the model carries them
/// (<see cref="FeedbackReportCardModel.DeliveryAnalytics"/>; nothing is shown otherwise).
/// </summary>
internal static class ReportDeliveryAnalyticsPart
{
    public static IEnumerable<CardElement> Build(FeedbackReportCardModel model)
    {
        if (model.DeliveryAnalytics is not { Measures.Count: > 0 } analytics)
        {
            yield break;
        }

        yield return CardText.Heading("How you spoke");
        foreach (var measure in analytics.Measures)
        {
            yield return new ColumnSet(
            [
                new Column([new TextBlock(measure.Label) { Weight = TextWeight.Bolder }]) { Width = "stretch" },
                new Column([new TextBlock(measure.Value) { HorizontalAlignment = HorizontalAlignment.Right }]) { Width = "auto" },
            ])
            { Spacing = Spacing.Small, Separator = true };
            if (measure.Reference is { Length: > 0 } reference)
            {
                yield return CardText.Small(reference);
            }
        }

        if (analytics.Source is { Length: > 0 } source)
        {
            yield return CardText.Small(source);
        }
    }
}
