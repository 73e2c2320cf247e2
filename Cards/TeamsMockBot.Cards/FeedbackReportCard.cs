using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Parts;
using TeamsMockBot.Cards.Parts.Report;

namespace TeamsMockBot.Cards;

/// <summary>
/// The candidate's feedback: readiness first (what they most want to know), then mentor and self
/// ratings side by side, the comments and the action plan. Solo practice shows self ratings only.
/// </summary>
public static class FeedbackReportCard
{
    public static AdaptiveCard Build(FeedbackReportCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Mentor is null && model.Self is null)
        {
            throw new ArgumentException("A feedback card needs the interviewer's feedback, a self-assessment, or both.", nameof(model));
        }

        var context = string.IsNullOrWhiteSpace(model.InterviewerName)
            ? $"{Wording.Track(model.Track)} · {TeamsTime.ShortDate(model.HeldAt)}"
            : $"{Wording.Track(model.Track)} · {TeamsTime.ShortDate(model.HeldAt)} · with {model.InterviewerName}";
        var body = new List<CardElement>
        {
            CardText.Eyebrow("Your feedback"),
            CardText.Title(model.Mentor is null ? "Your practice summary" : "Your mock interview feedback"),
            CardText.Subtle(string.IsNullOrWhiteSpace(model.Focus) ? context : $"{context} · Focus: {model.Focus}"),
            ReportHeadline.Build(model),
        };
        body.AddRange(ReportScores.Build(model));
        body.AddRange(ReportTable.Build(model));
        body.AddRange(ReportComments.Build(model));

        return new AdaptiveCard(body)
        {
            Actions =
            [
                CardButtons.Execute("Set up another mock", CardVerbs.ShowSetup, style: ActionStyle.Positive),
                CardButtons.Execute("Past sessions", CardVerbs.ShowHistory),
            ],
        };
    }
}
