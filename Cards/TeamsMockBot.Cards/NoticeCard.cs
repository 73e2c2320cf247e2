using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Parts;

namespace TeamsMockBot.Cards;

/// <summary>A short confirmation or friendly error, tinted by how much it matters.</summary>
public static class NoticeCard
{
    public static AdaptiveCard Build(NoticeCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if ((model.CanRelease || model.CanEditFeedback) && model.SessionId is null)
        {
            throw new ArgumentException("Releasing feedback needs the session id.", nameof(model));
        }

        var (style, color) = model.Kind switch
        {
            NoticeKind.Success => (ContainerStyle.Good, TextColor.Good),
            NoticeKind.Warning => (ContainerStyle.Warning, TextColor.Warning),
            NoticeKind.Error => (ContainerStyle.Attention, TextColor.Attention),
            _ => (ContainerStyle.Emphasis, TextColor.Default),
        };

        var body = new List<CardElement>
        {
            new Container(
            [
                // Notices often name people ("Only the interviewer (Sam) can…"): literal runs, never markdown.
                new RichTextBlock([new TextRun(model.Title) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Color = color }]),
                CardText.TypedBody(model.Message),
            ])
            { Style = style, Bleed = true },
        };

        var actions = new List<CardAction>();
        if (model.CanRelease && model.SessionId is { } releaseId)
        {
            actions.Add(CardButtons.Execute("Send feedback now", CardVerbs.ReleaseFeedback, CardButtons.Session(releaseId), ActionStyle.Positive));
        }

        if (model.CanEditFeedback && model.SessionId is { } editId)
        {
            actions.Add(CardButtons.Execute("Edit feedback", CardVerbs.EditFeedback, CardButtons.Session(editId)));
        }

        if (model.SessionId is { } sessionId)
        {
            actions.Add(CardButtons.Refresh(sessionId, "Show the interview"));
        }

        return new AdaptiveCard(body) { Actions = actions.Count == 0 ? null : actions };
    }
}
