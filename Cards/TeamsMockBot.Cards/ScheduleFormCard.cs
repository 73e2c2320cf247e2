using System.Globalization;
using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Parts;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Cards;

/// <summary>The form behind <c>schedule a mock</c>: who, what, how long, and how many days ahead to look for a time.</summary>
public static class ScheduleFormCard
{
    public static readonly int[] WindowChoices = [3, 7, 14];

    private static readonly string[] Fields = [CardInputs.Candidate, CardInputs.Track, CardInputs.Focus, CardInputs.Length, CardInputs.WindowDays];

    public static AdaptiveCard Build(ScheduleFormModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var body = new List<CardElement>
        {
            CardText.Eyebrow("Schedule a mock interview"),
            CardText.Title("Find a time for both of you"),
            CardText.Subtle("I'll look at both calendars and offer the three earliest times inside both people's working hours."),
        };
        body.AddErrorSummary(model.Errors, Fields);

        if (model.PartnerName is { } partner)
        {
            body.Add(CardText.LabelledTyped("With:", partner));
        }
        else
        {
            body.Add(PlanInputs.Candidate(model.People, model.CandidateId));
        }

        body.AddErrorFor(model.Errors, CardInputs.Candidate);
        body.Add(PlanInputs.Track(model.Track));
        body.Add(PlanInputs.Focus(model.Focus, "e.g. leadership stories, a product case"));
        body.AddErrorFor(model.Errors, CardInputs.Focus);
        body.Add(new NumberInput(CardInputs.Length)
        {
            Label = "Length (minutes)",
            Min = SessionSetup.MinLengthMinutes,
            Max = SessionSetup.MaxLengthMinutes,
            Value = model.LengthMinutes,
            Spacing = Spacing.Medium,
        });
        body.AddErrorFor(model.Errors, CardInputs.Length);
        body.Add(CardText.Small("60 minutes is about 35–40 min of questions, 5 min for the candidate's own questions and 15–20 min of feedback."));
        body.Add(new ChoiceSetInput(
            CardInputs.WindowDays,
            WindowChoices.Select(d => new Choice(string.Create(CultureInfo.InvariantCulture, $"The next {d} days"), d.ToString(CultureInfo.InvariantCulture))).ToList())
        {
            Label = "When",
            Style = ChoiceInputStyle.Compact,
            Value = model.WindowDays.ToString(CultureInfo.InvariantCulture),
            Spacing = Spacing.Medium,
        });
        body.AddErrorFor(model.Errors, CardInputs.WindowDays);

        var data = model.FromSessionId is { } from ? new Dictionary<string, object> { [CardInputs.FromSession] = from } : null;
        return new AdaptiveCard(body)
        {
            Actions =
            [
                CardButtons.Submit("Find times", CardVerbs.FindSlots, data),
                new ExecuteAction("Meet now", CardVerbs.BookNow) { Data = data, AssociatedInputs = AssociatedInputs.Auto },
            ],
        };
    }
}
