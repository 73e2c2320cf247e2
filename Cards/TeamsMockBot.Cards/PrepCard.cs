using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Parts;

namespace TeamsMockBot.Cards;

/// <summary>
/// The candidate's prep card, 24 hours before a booked mock: the goal, what to prepare (STAR stories
/// with a short template, company and role research, questions to ask), the open action steps from
/// earlier feedback, and the logistics.
/// </summary>
public static class PrepCard
{
    public static AdaptiveCard Build(PrepCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var body = new List<CardElement>
        {
            CardText.Eyebrow("Your mock interview is tomorrow"),
            CardText.Title("Get ready"),
            CardText.Body($"{TeamsTime.ShortDate(model.Start)}, {TeamsTime.Time(model.Start)}–{TeamsTime.Time(model.End)} (your time)"),
            CardText.LabelledTyped("Interviewer:", model.InterviewerName),
            new FactSet([new Fact("Track", Wording.Track(model.Track)), new Fact("Format", Wording.Format(model.Format))]) { Spacing = Spacing.Small },
            CardText.Heading("Goal"),
        };
        body.Add(model.Focus.Length > 0
            ? CardText.Typed(model.Focus)
            : CardText.Body($"Practise a {Wording.Track(model.Track).ToLowerInvariant()} interview end to end and leave with two or three things to work on."));

        body.Add(CardText.Heading("What to prepare"));
        body.Add(BookingCard.CardLines(PrepAdvice.WhatToPrepare));
        body.Add(new Container([CardText.Small(PrepAdvice.Star)]) { Style = ContainerStyle.Emphasis, Spacing = Spacing.Small });

        if (model.OpenActionSteps.Count > 0)
        {
            body.Add(CardText.Heading("Your open action steps"));
            body.AddRange(model.OpenActionSteps.Select(s => (CardElement)CardText.Typed("• " + s)));
        }

        body.Add(CardText.Heading("Logistics"));
        var logistics = new List<string>
        {
            model.JoinUrl is null ? "The mock runs in the Teams chat it was booked from." : "Join from the button below a few minutes early.",
        };
        logistics.AddRange(PrepAdvice.Logistics);
        body.Add(BookingCard.CardLines(logistics));

        return new AdaptiveCard(body)
        {
            Actions = model.JoinUrl is { } join ? [new OpenUrlAction("Join the Teams meeting", join), Quiz(model)] : [Quiz(model)],
        };
    }

    // The quiz replaces this card in place; its result offers the way back (CardVerbs.ShowPrep).
    private static ExecuteAction Quiz(PrepCardModel model) =>
        CardButtons.Execute("Take the practice quiz", CardVerbs.ShowQuiz, CardButtons.Session(model.SessionId));
}
