using TeamsMockBot.Domain.Analytics;
using TeamsMockBot.Domain.Quiz;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Cards.Tests.Catalog;

/// <summary>Fixed delivery analytics, progress and quiz answers for the analytics lane's cards.</summary>
internal static class AnalyticsSamples
{
    private static readonly DateTimeOffset At = SampleData.HeldAt;

    public static DeliveryAnalytics Delivery { get; } = new(
        At.AddHours(2), TranscriptSource.Upload, TimeSpan.FromMinutes(38), CandidateFoundByName: true,
        [
            new SpeakerDelivery(SpeakerRole.Candidate, 3180, TimeSpan.FromMinutes(24), new Dictionary<string, int> { ["like"] = 21, ["um"] = 14, ["you know"] = 6 }, 0.71, TimeSpan.FromSeconds(194)),
            new SpeakerDelivery(SpeakerRole.Interviewer, 1300, TimeSpan.FromMinutes(10), new Dictionary<string, int> { ["um"] = 3 }, 0.29, TimeSpan.FromSeconds(52)),
        ],
        [
            new AnswerTiming(1, TimeSpan.FromMinutes(4), TimeSpan.FromSeconds(212)),
            new AnswerTiming(2, TimeSpan.FromMinutes(4), TimeSpan.FromSeconds(301)),
            new AnswerTiming(3, TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(155)),
        ]);

    /// <summary>The candidate could not be found by name and talked less than half the time.</summary>
    public static DeliveryAnalytics Guessed { get; } = Delivery with
    {
        Source = TranscriptSource.Meeting,
        CandidateFoundByName = false,
        Speakers = [Delivery.Speakers[0] with { TalkShare = 0.42 }, Delivery.Speakers[1] with { TalkShare = 0.58 }],
        Answers = [],
    };

    public static StudentProgress Progress { get; } = new(
        3,
        [
            new CompetencyTrend("Structure", "Structure (STAR)", [Point(0, 2), Point(1, 3), Point(2, 3)]),
            new CompetencyTrend("Results", "Results and impact", [Point(0, 1), Point(1, 2), Point(2, 3)]),
            new CompetencyTrend("Communication", "Communication", [Point(0, 3), Point(1, 3), Point(2, 4)]),
        ],
        [Point(1, 168), Point(2, 151)],
        [Point(1, 4.2), Point(2, 2.6)],
        [new RecurringTag(QuickTag.NoResultStated, 2)],
        ["Rewrite two stories so each ends with a number.", "Practise the closing question out loud twice."]);

    public static StudentProgress NoProgress { get; } = new(0, [], [], [], [], []);

    public static QuizResult QuizResult { get; } = new(
        PracticeQuiz.BuiltIn.Id,
        PracticeQuiz.BuiltIn.Questions.Select((q, i) => new QuizAnswer(q, i % 3 == 1 ? q.Choices.First(c => c.Id != q.AnswerId) : q.Answer)).ToList());

    private static ProgressPoint Point(int week, double value) => new(At.AddDays(7 * (week - 2)), value);
}
