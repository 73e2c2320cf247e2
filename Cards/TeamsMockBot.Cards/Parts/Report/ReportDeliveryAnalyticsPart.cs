using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Parts.Analytics;

namespace TeamsMockBot.Cards.Parts.Report;

/// <summary>
/// "How you spoke": the session's delivery analytics (<see cref="FeedbackReportCardModel.Delivery"/>),
/// drawn as on the delivery analytics card; nothing when the session has none.
/// </summary>
internal static class ReportDeliveryAnalyticsPart
{
    public static IEnumerable<CardElement> Build(FeedbackReportCardModel model)
    {
        if (model.Delivery is not { } delivery)
        {
            return [];
        }

        return [CardText.Heading("How you spoke"), .. DeliverySection.Build(delivery)];
    }
}
