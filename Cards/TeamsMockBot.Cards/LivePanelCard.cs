using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Parts;

namespace TeamsMockBot.Cards;

/// <summary>
/// The clicker's own link to the live panel (countdown, and for the interviewer hints and notes).
/// It is the invoke answer, which Teams shows only to the person who clicked; "Show the interview"
/// brings their card back.
/// </summary>
public static class LivePanelCard
{
    public static AdaptiveCard Build(LivePanelCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var what = model.AsInterviewer
            ? "the question, a live countdown, your hints and follow-ups, and a note box that saves as you type"
            : "the question and a live countdown";
        var body = new List<CardElement>
        {
            CardText.Eyebrow("Live panel"),
            CardText.Title("Your live panel"),
            CardText.TypedBody($"Opens in your browser with {what}. The link is yours, {model.PersonName}: don't share it."),
            CardText.Small($"It works until {TeamsTime.Time(model.LinkExpiresAt)}. In a Teams meeting you can also add the Mock interview app to the meeting's side panel."),
        };
        return new AdaptiveCard(body)
        {
            Actions =
            [
                new OpenUrlAction("Open the live panel", model.PanelUrl) { Style = ActionStyle.Positive },
                CardButtons.Refresh(model.SessionId, "Show the interview"),
            ],
        };
    }
}
