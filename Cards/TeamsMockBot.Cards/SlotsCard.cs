using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Parts;

namespace TeamsMockBot.Cards;

/// <summary>The earliest times both people are free, one button each, in the viewer's own time zone.</summary>
public static class SlotsCard
{
    public static AdaptiveCard Build(SlotsCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var body = new List<CardElement>
        {
            CardText.Eyebrow("Schedule a mock interview"),
            CardText.Title(model.Title),
            CardText.LabelledTyped("With:", model.PartnerName),
        };

        var actions = new List<CardAction>();
        if (model.Slots.Count == 0)
        {
            body.Add(CardText.Body("There is no time inside both people's working hours in the days you asked for. Try a wider window, or meet now."));
        }
        else
        {
            body.Add(CardText.Subtle($"Times are in your time zone ({model.TimeZoneName}). Pick one:"));
            foreach (var slot in model.Slots)
            {
                var data = new Dictionary<string, object>(model.CarryData)
                {
                    [CardInputs.SlotStart] = Iso(slot.Start),
                    [CardInputs.SlotEnd] = Iso(slot.End),
                };
                actions.Add(CardButtons.Execute(slot.Label, model.Verb, data, actions.Count == 0 ? ActionStyle.Positive : null));
            }
        }

        if (model.OfferNow)
        {
            actions.Add(CardButtons.Execute("Meet now instead", CardVerbs.BookNow, model.CarryData));
        }

        if (actions.Count > 0)
        {
            body.Add(new ActionSet(actions) { Spacing = Spacing.Medium });
        }

        return new AdaptiveCard(body);
    }

    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
