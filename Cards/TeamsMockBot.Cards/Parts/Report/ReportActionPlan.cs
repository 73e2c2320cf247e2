using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Domain.Feedback;

namespace TeamsMockBot.Cards.Parts.Report;

/// <summary>
/// The action plan: each step with its date ("before the next mock" or a date shown in the viewer's
/// time zone), done steps marked done, and a "Mark done" button on each open step (student's copy only).
/// </summary>
internal static class ReportActionPlan
{
    public static IEnumerable<CardElement> Build(FeedbackReportCardModel model)
    {
        var steps = model.PlanSteps;
        if (steps.Count == 0)
        {
            yield break;
        }

        var done = steps.Count(s => s.IsDone);
        yield return CardText.Heading("Your action plan");
        yield return CardText.Small(done == 0
            ? "Mark each step done when you have practised it; open steps come back before your next mock."
            : $"{Wording.Number(done)} of {Wording.Number(steps.Count)} done.");
        foreach (var step in steps)
        {
            yield return Step(model, step);
        }
    }

    private static ColumnSet Step(FeedbackReportCardModel model, ActionStep step)
    {
        var details = new List<CardElement>
        {
            CardText.Typed(step.Text, subtle: step.IsDone),
            step.IsDone
                ? new TextBlock($"Done {TeamsTime.ShortDate(step.DoneAt!.Value)}") { Size = TextSize.Small, Color = TextColor.Good, Spacing = Spacing.None }
                : new TextBlock(Due(step.Due)) { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None },
        };
        var columns = new List<Column>
        {
            new([new TextBlock(step.IsDone ? "✓" : Wording.Number(step.Number)) { Weight = TextWeight.Bolder, Color = step.IsDone ? TextColor.Good : TextColor.Accent }]) { Width = "auto" },
            new(details) { Width = "stretch" },
        };
        if (!step.IsDone && !model.IsStaffCopy)
        {
            columns.Add(new Column([new ActionSet([CardButtons.Execute("Mark done", CardVerbs.MarkStepDone, new Dictionary<string, object>
            {
                [CardInputs.SessionId] = model.SessionId,
                [FeedbackInputs.Step] = step.Number,
            })])])
            { Width = "auto", VerticalContentAlignment = VerticalContentAlignment.Center });
        }

        return new ColumnSet(columns) { Spacing = Spacing.Small, Separator = true };
    }

    /// <summary>A date is written at noon UTC so that every time zone shows the same day.</summary>
    private static string Due(DateOnly? due) => due is { } date
        ? "By " + TeamsTime.ShortDate(new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero))
        : "Before the next mock";
}
