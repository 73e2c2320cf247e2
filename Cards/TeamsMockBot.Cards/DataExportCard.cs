using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Parts;

namespace TeamsMockBot.Cards;

/// <summary>The answer to "export my data": a summary and a download link that expires soon.</summary>
public static class DataExportCard
{
    public static AdaptiveCard Build(DataExportCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var body = new List<CardElement>
        {
            CardText.Eyebrow("Your data"),
            CardText.Title("Your data is ready to download"),
            CardText.TypedBody($"Everything stored about you, {model.PersonName}, as one JSON file: your sessions, feedback, self-assessments and history."),
            new FactSet(
            [
                new Fact("Sessions as candidate", model.SessionsAsCandidate.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Fact("Sessions as interviewer", model.SessionsAsInterviewer.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ])
            { Spacing = Spacing.Medium },
            CardText.Small($"The link works until {TeamsTime.Time(model.LinkExpiresAt)} and only for this download. Type **export my data** again for a new one."),
        };
        return new AdaptiveCard(body) { Actions = [new OpenUrlAction("Download my data (JSON)", model.DownloadUrl) { Style = ActionStyle.Positive }] };
    }
}
