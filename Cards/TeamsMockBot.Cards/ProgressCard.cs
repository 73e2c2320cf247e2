using System.Globalization;
using TeamsMockBot.Cards.Model;
using TeamsMockBot.Cards.Models;
using TeamsMockBot.Cards.Parts;
using TeamsMockBot.Domain.Analytics;

namespace TeamsMockBot.Cards;

/// <summary>
/// "My progress": each competency's trend and the student's pace and fillers over time as Teams
/// line charts (each with a text fallback for clients that draw no charts), what keeps coming up,
/// the open action-plan steps and the latest quiz score.
/// </summary>
public static class ProgressCard
{
    public static AdaptiveCard Build(ProgressCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var progress = model.Progress;
        var body = new List<CardElement>
        {
            CardText.Eyebrow("My progress"),
            CardText.Title("Your progress"),
            CardText.Subtle(progress.SessionCount == 0
                ? "No mock interviews yet. Type mock for a solo practice, or start one in a chat with a mentor or friend."
                : $"Across your {Wording.Count(progress.SessionCount, "mock interview", "mock interviews")} as the candidate, oldest to newest."),
        };

        body.Add(CardText.Heading("Ratings over time"));
        if (progress.Competencies.Count == 0)
        {
            body.Add(CardText.Body("Ratings appear here once a feedback card has reached you."));
        }
        else
        {
            body.Add(Chart("Ratings (1–4)", "Rating", progress.Competencies.Select(c => (c.Name, c.Ratings)).ToList(), Ratings(progress)));
            body.Add(CardText.Small("From your interviewers' feedback; in solo practice, from your own self-assessment."));
        }

        var attention = Attention(progress).ToList();
        if (attention.Count > 0)
        {
            body.Add(CardText.Heading("Keeps coming up"));
            body.AddRange(attention);
        }

        body.Add(CardText.Heading("Delivery over time"));
        if (progress.WordsPerMinute.Count == 0 && progress.FillersPerMinute.Count == 0)
        {
            body.Add(CardText.Body("Send me the .vtt transcript of a mock interview here to see your pace and filler words."));
        }
        else
        {
            if (progress.WordsPerMinute.Count > 0)
            {
                body.Add(Chart("Speaking pace (words per minute)", "wpm", [("Pace", progress.WordsPerMinute)],
                    [Line("Pace", progress.WordsPerMinute, "0", " wpm"), CardText.Small(string.Create(CultureInfo.InvariantCulture, $"Conversational range: {DeliveryRanges.MinWordsPerMinute}–{DeliveryRanges.MaxWordsPerMinute} wpm."))]));
            }

            if (progress.FillersPerMinute.Count > 0)
            {
                body.Add(Chart("Filler words per minute", "per minute", [("Fillers", progress.FillersPerMinute)], [Line("Fillers", progress.FillersPerMinute, "0.0", " per minute")]));
            }
        }

        body.Add(CardText.Heading("Your action plan"));
        if (progress.OpenActionSteps.Count == 0)
        {
            body.Add(CardText.Body("No open steps. Your next feedback card brings new ones."));
        }
        else
        {
            body.AddRange(progress.OpenActionSteps.Select(step => CardText.Typed("• " + step)));
        }

        body.Add(CardText.Heading("Practice quiz"));
        body.Add(CardText.Body(model.LatestQuiz is { } quiz
            ? $"Latest score: {quiz.Score} out of {quiz.OutOf}, on {TeamsTime.ShortDate(quiz.TakenAt)}."
            : "Not taken yet: ten quick questions on getting the most from a mock."));

        return new AdaptiveCard(body)
        {
            Actions =
            [
                CardButtons.Execute("Take the quiz", CardVerbs.ShowQuiz),
                CardButtons.Execute("Past sessions", CardVerbs.ShowHistory),
                CardButtons.Execute("Start a mock interview", CardVerbs.ShowSetup, style: ActionStyle.Positive),
            ],
        };
    }

    private static LineChart Chart(string title, string yAxis, IReadOnlyList<(string Legend, IReadOnlyList<ProgressPoint> Points)> series, IReadOnlyList<CardElement> fallback)
    {
        // One x label per session, in order, so two sessions on one day stay two points.
        var sessions = series.SelectMany(s => s.Points.Select(p => p.HeldAt)).Distinct().Order().ToList();
        string Label(DateTimeOffset at) => string.Create(CultureInfo.InvariantCulture, $"{sessions.IndexOf(at) + 1}. {at.UtcDateTime:MMM d}");
        return new LineChart(
            series.Select(s => new LineChartSeries(s.Legend, s.Points.Select(p => new LineChartPoint(Label(p.HeldAt), p.Value)).ToList())).ToList(),
            new Container(fallback))
        {
            Title = title,
            XAxisTitle = "Session",
            YAxisTitle = yAxis,
        };
    }

    private static List<CardElement> Ratings(StudentProgress progress) =>
        progress.Competencies.Select(c => (CardElement)Line(c.Name, c.Ratings, "0", string.Empty)).ToList();

    private static TextBlock Line(string name, IReadOnlyList<ProgressPoint> points, string format, string unit) =>
        new($"{name}: {string.Join(" → ", points.Select(p => p.Value.ToString(format, CultureInfo.InvariantCulture)))}{unit}") { Spacing = Spacing.Small };

    private static IEnumerable<CardElement> Attention(StudentProgress progress)
    {
        foreach (var low in progress.StayingLow)
        {
            yield return CardText.Body($"{low.Name}: rated {CompetencyTrend.LowRating} or lower in {Wording.Count(low.SessionsRatedLow, "session", "sessions")}.");
        }

        foreach (var tag in progress.RecurringTags)
        {
            yield return CardText.Body($"{Wording.QuickTag(tag.Tag)}: tagged in {Wording.Count(tag.Sessions, "session", "sessions")}.");
        }
    }
}
