using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Parts;

namespace TeamsMockBot.Cards;

/// <summary>The 10-minute reminder: where to go, and "I'm here", which tells the interviewer.</summary>
public static class ArrivalCard
{
    public static AdaptiveCard Build(ArrivalCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var body = new List<CardElement>
        {
            CardText.Eyebrow("Starting soon"),
            CardText.Title($"Your mock interview starts at {TeamsTime.Time(model.Start)}"),
            CardText.LabelledTyped("Interviewer:", model.InterviewerName),
            CardText.Subtle(model.JoinUrl is null
                ? "It runs in the Teams chat it was booked from. Press \"I'm here\" so your interviewer knows you're ready."
                : "Join the meeting, then press \"I'm here\" so your interviewer knows you're ready."),
        };
        var actions = new List<CardAction>();
        if (model.JoinUrl is { } join)
        {
            actions.Add(new OpenUrlAction("Join the Teams meeting", join) { Style = ActionStyle.Positive });
        }

        actions.Add(CardButtons.Execute("I'm here", CardVerbs.CheckIn, CardButtons.Session(model.SessionId), model.JoinUrl is null ? ActionStyle.Positive : null));
        return new AdaptiveCard(body) { Actions = actions };
    }
}
