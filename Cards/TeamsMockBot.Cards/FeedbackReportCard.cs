using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Parts;
using TeamsMockBot.Cards.Parts.Report;

namespace TeamsMockBot.Cards;

/// <summary>
/// The candidate's feedback: readiness first (what they most want to know), then mentor and self
/// ratings side by side with the gaps named, the comments, the action plan with its dates and done
/// steps, the quick tags, delivery analytics when there are any, and the buttons. Solo practice shows
/// self ratings only. Everything a person typed is shown as typed text (never markdown).
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

        var body = new List<CardElement>
        {
            CardText.Eyebrow(model.IsStaffCopy ? "Shared with you by the student" : "Your feedback"),
            model.IsStaffCopy
                ? TypedText.Title($"{model.CandidateName}'s mock interview feedback")
                : new TextBlock(model.Mentor is null ? "Your practice summary" : "Your mock interview feedback") { Size = TextSize.Large, Weight = TextWeight.Bolder, Spacing = Spacing.Small },
            new TextBlock($"{Wording.Track(model.Track)} · {TeamsTime.ShortDate(model.HeldAt)}") { IsSubtle = true, Spacing = Spacing.Small },
        };
        if (!string.IsNullOrWhiteSpace(model.InterviewerName))
        {
            body.Add(CardText.Typed($"with {model.InterviewerName}", subtle: true));
        }

        if (!string.IsNullOrWhiteSpace(model.Focus))
        {
            body.Add(CardText.Typed($"Focus: {model.Focus}", subtle: true));
        }

        body.Add(ReportHeadline.Build(model));
        body.AddRange(ReportScores.Build(model));
        body.AddRange(ReportTable.Build(model));
        body.AddRange(ReportComments.Build(model));
        body.AddRange(ReportActionPlan.Build(model));
        body.AddRange(ReportQuickTags.Build(model));
        body.AddRange(ReportDeliveryAnalyticsPart.Build(model));
        body.AddRange(ReportComments.Closing(model));
        body.AddRange(ReportActions.SharingLine(model));

        return new AdaptiveCard(body) { Actions = ReportActions.Build(model) };
    }
}
