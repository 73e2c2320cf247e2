using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Parts;
using TeamsMockBot.Cards.Parts.Analytics;
using TeamsMockBot.Domain.Analytics;

namespace TeamsMockBot.Cards;

/// <summary>"Delivery analytics": how the student spoke in a session, from its transcript.</summary>
public static class DeliveryAnalyticsCard
{
    public static AdaptiveCard Build(DeliveryAnalyticsCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var body = new List<CardElement>
        {
            CardText.Eyebrow("Delivery analytics"),
            CardText.Title("How you spoke"),
            CardText.Subtle($"{Wording.Track(model.Track)} mock of {TeamsTime.ShortDate(model.HeldAt)} · {Wording.Minutes(TimeSpan.FromSeconds(Math.Round(model.Analytics.TranscriptLength.TotalSeconds)))} of transcript"),
        };
        if (model.Analytics.Source == TranscriptSource.Upload && !string.IsNullOrWhiteSpace(model.FileName))
        {
            body.Add(CardText.LabelledTyped("From the file", model.FileName));
        }
        else if (model.Analytics.Source == TranscriptSource.Meeting)
        {
            body.Add(CardText.Small("From the meeting's Teams transcript."));
        }

        body.AddRange(DeliverySection.Build(model.Analytics));
        body.Add(CardText.Small("Only these figures are kept with your session, not the transcript."));
        return new AdaptiveCard(body)
        {
            Actions = [CardButtons.Execute("My progress", CardVerbs.ShowProgress)],
        };
    }
}
