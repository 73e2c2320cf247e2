using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Timing;

namespace TeamsMockBot.Cards.Parts.Interview;

/// <summary>A running question: its text, its timer, the milestone reached and the controls.</summary>
internal static class QuestionSection
{
    public static IEnumerable<CardElement> Build(InterviewCardModel model)
    {
        yield return new Container([new TextBlock(model.QuestionText ?? string.Empty) { Size = TextSize.Medium }])
        {
            Style = ContainerStyle.Emphasis,
            Spacing = Spacing.Medium,
        };
        yield return Timer(model);
        if (Milestone(model.Milestone) is { } milestone)
        {
            yield return milestone;
        }

        yield return InterviewStages.ThinkAloud(model);

        if (model.Viewer == InterviewViewer.Everyone)
        {
            yield return InterviewStages.InterviewerHint(model);
            yield break;
        }

        if (model.Viewer == InterviewViewer.Solo && model.Private is { } hints)
        {
            foreach (var element in SoloHints.Build(hints))
            {
                yield return element;
            }
        }

        foreach (var element in InterviewControls.ForQuestion(model))
        {
            yield return element;
        }

        if (model.Viewer == InterviewViewer.Interviewer && model.Private is { } material)
        {
            yield return InterviewerPanel.ForQuestion(model, material);
        }
    }

    private static TextBlock Timer(InterviewCardModel model)
    {
        if (model.IsPaused)
        {
            var left = model.Remaining is { } remaining ? $" — {Wording.Clock(remaining)} left" : string.Empty;
            return new TextBlock($"Paused{left}") { Weight = TextWeight.Bolder, Color = TextColor.Warning, Spacing = Spacing.Medium };
        }

        var allowed = model.TimeAllowed is { } time ? $"{Wording.Minutes(time)} for this answer" : "Timer running";
        var ends = model.EndsAt is { } endsAt ? $" · ends at {TeamsTime.Time(endsAt)}" : string.Empty;
        return new TextBlock(allowed + ends) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium };
    }

    private static TextBlock? Milestone(TimerMilestone milestone) => milestone switch
    {
        TimerMilestone.Halfway => new TextBlock("Halfway through the time for this answer.") { Color = TextColor.Accent, Spacing = Spacing.Small },
        TimerMilestone.OneMinuteLeft => new TextBlock("1 minute left: time to land the result.") { Color = TextColor.Warning, Weight = TextWeight.Bolder, Spacing = Spacing.Small },
        TimerMilestone.TimeUp => new TextBlock("Time is up. Wrap up this answer.") { Color = TextColor.Attention, Weight = TextWeight.Bolder, Spacing = Spacing.Small },
        _ => null,
    };
}
