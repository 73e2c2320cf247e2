using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Parts;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Cards;

/// <summary>
/// A student's past sessions, newest first. Capped so the card stays well under Teams' size
/// limit however long the history grows.
/// </summary>
public static class HistoryCard
{
    public const int MaxEntries = 20;

    public static AdaptiveCard Build(HistoryCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var body = new List<CardElement>
        {
            CardText.Eyebrow("Practice history"),
            // The name is the person's own display name: literal text, never markdown.
            new RichTextBlock([new TextRun($"{model.StudentName}'s mock interviews") { Size = TextSize.Large, Weight = TextWeight.Bolder }]) { Spacing = Spacing.Small },
        };

        if (model.Sessions.Count == 0)
        {
            body.Add(CardText.Body("No mock interviews yet. Type mock here for a solo practice, or in a chat with a mentor or friend to practise together."));
        }
        else
        {
            var newestFirst = model.Sessions.OrderByDescending(s => s.HeldAt).Take(MaxEntries).ToList();
            body.Add(CardText.Subtle(model.Sessions.Count > MaxEntries
                ? $"The {Wording.Number(MaxEntries)} most recent of {Wording.Number(model.Sessions.Count)} sessions, newest first."
                : $"{Wording.Count(model.Sessions.Count, "session", "sessions")}, newest first."));
            body.AddRange(newestFirst.Select(entry => Entry(entry, model.Rubric)));
        }

        return new AdaptiveCard(body)
        {
            Actions =
            [
                CardButtons.Execute("Start a mock interview", CardVerbs.ShowSetup, style: ActionStyle.Positive),
                CardButtons.Execute("My progress", CardVerbs.ShowProgress),
            ],
        };
    }

    private static ColumnSet Entry(HistoryEntry entry, Rubric rubric)
    {
        var details = string.IsNullOrWhiteSpace(entry.Focus) ? $"with {entry.InterviewerName}" : $"{entry.Focus} · with {entry.InterviewerName}";
        return new ColumnSet(
        [
            new Column(
            [
                new TextBlock($"{TeamsTime.ShortDate(entry.HeldAt)} · {Wording.Track(entry.Track)}") { Weight = TextWeight.Bolder },
                CardText.Typed(details, subtle: true), // the focus and the interviewer's name were typed by people
            ])
            { Width = "stretch" },
            new Column(Outcome(entry, rubric).ToList()) { Width = "auto", VerticalContentAlignment = VerticalContentAlignment.Center },
        ])
        { Separator = true, Spacing = Spacing.Medium };
    }

    private static IEnumerable<CardElement> Outcome(HistoryEntry entry, Rubric rubric)
    {
        if (entry.Readiness is { } readiness)
        {
            yield return new TextBlock(rubric.ReadinessLabel(readiness))
            {
                Weight = TextWeight.Bolder,
                Color = ReadinessStyle.Color(readiness),
                HorizontalAlignment = HorizontalAlignment.Right,
            };
        }
        else
        {
            yield return new TextBlock(Stage(entry.Stage)) { IsSubtle = true, HorizontalAlignment = HorizontalAlignment.Right };
        }

        if (entry.OverallScore is { } score)
        {
            yield return new TextBlock(Wording.Score(score)) { Size = TextSize.Small, HorizontalAlignment = HorizontalAlignment.Right, Spacing = Spacing.None };
        }
    }

    private static string Stage(SessionStage stage) => stage switch
    {
        SessionStage.Ready => "Not started",
        SessionStage.Interviewing => "In progress",
        SessionStage.CandidateQuestions => "Questions done",
        SessionStage.AwaitingFeedback => "Waiting for feedback",
        _ => "Completed",
    };
}
