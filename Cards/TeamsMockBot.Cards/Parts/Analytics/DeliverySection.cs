using System.Globalization;
using TeamsMockBot.Cards.Model;
using TeamsMockBot.Domain.Analytics;

namespace TeamsMockBot.Cards.Parts.Analytics;

/// <summary>
/// The delivery analytics of one session as card elements: the candidate's pace, fillers, talk
/// share and longest answer against their reference ranges, and each answer against its time.
/// Used by the delivery analytics card and, when a session has analytics, by the feedback report.
/// </summary>
public static class DeliverySection
{
    public static IReadOnlyList<CardElement> Build(DeliveryAnalytics analytics)
    {
        ArgumentNullException.ThrowIfNull(analytics);
        var elements = new List<CardElement>();
        if (analytics.Candidate is not { } you)
        {
            elements.Add(CardText.Body("The transcript had no speech I could attribute to you."));
            return elements;
        }

        if (!analytics.CandidateFoundByName)
        {
            elements.Add(new TextBlock("No speaker in the transcript had your name, so I took the speaker who talked most to be you.") { Color = TextColor.Warning, Size = TextSize.Small, Spacing = Spacing.Small });
        }

        var facts = new List<Fact>
        {
            new("Pace", you.WordsPerMinute is { } wpm ? $"{Whole(wpm)} words per minute · {Pace(wpm)}" : "Too little speech to measure"),
            new("Fillers", Fillers(you)),
        };
        if (TopFillers(you) is { Length: > 0 } top)
        {
            facts.Add(new("Most used", top));
        }

        facts.Add(new("Talk time", TalkTime(analytics)));
        facts.Add(new("Longest answer", Wording.Minutes(Round(you.LongestTurn)) + " without a break"));
        elements.Add(new FactSet(facts) { Spacing = Spacing.Small });

        if (analytics.Answers.Count > 0)
        {
            elements.Add(CardText.Label("Answers against the time allowed"));
            elements.Add(new FactSet(analytics.Answers.Select(a => new Fact(
                $"Question {a.QuestionNumber}",
                $"{Wording.Clock(a.Spoken)} of {Wording.Clock(a.Allowed)}{(a.IsOverTime ? " · over time" : string.Empty)}")).ToList())
            { Spacing = Spacing.Small });
        }

        elements.Add(CardText.Small(
            "Ranges: conversational English averages about 150 words per minute (National Center for Voice and Speech); everyday speech has about 6 disfluencies per 100 words (Bortfeld et al., 2001)."));
        return elements;
    }

    private static string Pace(double wpm) => DeliveryRanges.Pace(wpm) switch
    {
        DeliveryBand.Low => $"slower than the {Range()} conversational range",
        DeliveryBand.High => $"faster than the {Range()} conversational range",
        _ => $"within the {Range()} conversational range",
    };

    private static string Range() => string.Create(CultureInfo.InvariantCulture, $"{DeliveryRanges.MinWordsPerMinute}–{DeliveryRanges.MaxWordsPerMinute} wpm");

    private static string Fillers(SpeakerDelivery you)
    {
        if (you.FillersPer100Words is not { } per100)
        {
            return "No words to count";
        }

        var perMinute = you.FillersPerMinute is { } m ? string.Create(CultureInfo.InvariantCulture, $"{m:0.0} per minute · ") : string.Empty;
        var band = DeliveryRanges.Fillers(per100) switch
        {
            DeliveryBand.High => "high",
            DeliveryBand.Raised => "a little above typical",
            _ => "typical",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{perMinute}{per100:0.0} per 100 words · {band} (up to {DeliveryRanges.TypicalFillersPer100Words} per 100 is typical)");
    }

    private static string TopFillers(SpeakerDelivery you) =>
        string.Join(", ", you.Fillers.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).Take(3)
            .Select(f => string.Create(CultureInfo.InvariantCulture, $"\"{f.Key}\" ×{f.Value}")));

    private static string TalkTime(DeliveryAnalytics analytics)
    {
        var you = Percent(analytics.Candidate!.TalkShare);
        var note = analytics.Candidate.TalkShare < DeliveryRanges.MinCandidateTalkShare ? " · aim to do most of the talking" : string.Empty;
        return analytics.Interviewer is { } interviewer ? $"You {you} · interviewer {Percent(interviewer.TalkShare)}{note}" : $"You {you}{note}";
    }

    private static string Percent(double share) => string.Create(CultureInfo.InvariantCulture, $"{Math.Round(share * 100):0}%");

    private static string Whole(double value) => value.ToString("0", CultureInfo.InvariantCulture);

    private static TimeSpan Round(TimeSpan span) => TimeSpan.FromSeconds(Math.Round(span.TotalSeconds));
}
