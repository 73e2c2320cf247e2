using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Parts;

namespace TeamsMockBot.Cards;

/// <summary>Asks before deleting: what goes, what is anonymized, and that it cannot be undone.</summary>
public static class DeleteDataCard
{
    public static AdaptiveCard Build(DeleteDataCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var body = new List<CardElement>
        {
            CardText.Eyebrow("Your data"),
            CardText.Title("Delete everything about you?"),
            CardText.TypedBody($"{model.PersonName}, this removes the {Plural(model.SessionsAsCandidate, "session")} you took as a candidate, with their feedback and your self-assessments, and your history."),
            CardText.Body($"In the {Plural(model.SessionsAsInterviewer, "session")} you ran as an interviewer, your name and notes are removed; the feedback you gave stays with the student, without your name."),
            new TextBlock("This cannot be undone.") { Weight = TextWeight.Bolder, Color = TextColor.Attention, Spacing = Spacing.Medium },
        };
        return new AdaptiveCard(body)
        {
            Actions = [CardButtons.Execute("Delete my data", CardVerbs.ConfirmDeleteData, null, ActionStyle.Destructive)],
        };
    }

    private static string Plural(int count, string noun) =>
        count == 1 ? $"1 {noun}" : $"{count.ToString(System.Globalization.CultureInfo.InvariantCulture)} {noun}s";
}
