using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Feedback;

namespace TeamsMockBot.Cards.Parts.Report;

/// <summary>The readiness call in a tinted box, or a plain "practice complete" for solo practice.</summary>
internal static class ReportHeadline
{
    public static Container Build(FeedbackReportCardModel model)
    {
        if (model.Mentor is not { } mentor)
        {
            return new Container(
            [
                new TextBlock("Practice complete") { Size = TextSize.Large, Weight = TextWeight.Bolder, Color = TextColor.Accent },
                CardText.Body("Here is how you rated yourself. Pick one or two areas to work on before your next session."),
            ])
            { Style = ContainerStyle.Accent, Spacing = Spacing.Medium };
        }

        return new Container(
        [
            CardText.Small("Overall readiness"),
            new TextBlock(model.Rubric.ReadinessLabel(mentor.Readiness))
            {
                Size = TextSize.ExtraLarge,
                Weight = TextWeight.Bolder,
                Color = ReadinessStyle.Color(mentor.Readiness),
                Spacing = Spacing.None,
            },
            CardText.Typed(Explain(mentor.Readiness, model.InterviewerName)),
        ])
        { Style = ReadinessStyle.Container(mentor.Readiness), Spacing = Spacing.Medium };
    }

    private static string Explain(Readiness readiness, string? interviewer)
    {
        var who = string.IsNullOrWhiteSpace(interviewer) ? "Your interviewer" : interviewer;
        return readiness switch
        {
            Readiness.Ready => $"{who} thinks you would hold your own in a real interview. Keep your stories fresh.",
            Readiness.Almost => $"{who} thinks you're close. Polish the points below and you're there.",
            _ => $"{who} suggests a few more practice rounds first. The action plan below shows where to start.",
        };
    }
}
