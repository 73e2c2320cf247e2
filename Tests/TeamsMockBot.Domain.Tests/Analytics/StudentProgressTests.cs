using TeamsMockBot.Domain.Analytics;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Domain.Tests.Analytics;

public sealed class StudentProgressTests
{
    private static readonly DateTimeOffset T0 = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Participant Mentor = new("29:mentor", "Maya Mentor");
    private static readonly Participant Student = new("29:student", "Sam Student");
    private static readonly Rubric Rubric = Rubric.BuiltIn;

    private static string Competency(int index) => Rubric.General[index].Id;

    /// <summary>A delivered mentor-led session held <paramref name="week"/> weeks after T0, rated <paramref name="rating"/> on every competency, with tags on its one question.</summary>
    private static MockSession Delivered(int week, int rating, IReadOnlyList<string>? plan = null, params QuickTag[] tags)
    {
        var at = T0.AddDays(7 * week);
        var question = new Question("q-" + week, Track.Behavioral, "Q?", TimeSpan.FromMinutes(3), "Good.", [], ["Structure"], []);
        var session = MockSession.Plan("s-" + week, at, Mentor, Student, new SessionSetup(Track.Behavioral, "", InterviewFormat.MentorLed, 60, 1), [question])
            .Start(Mentor.Id, at);
        session = tags.Aggregate(session, (s, tag) => s.Tag(Mentor.Id, at, 1, tag, on: true));
        var ratings = Rubric.General.ToDictionary(c => c.Id, _ => rating);
        return session.EndInterview(Mentor.Id, at.AddMinutes(5)).OpenFeedback(Mentor.Id, at.AddMinutes(6))
            .SubmitFeedback(new FeedbackReport(Mentor.Id, ratings, "S", "I", plan ?? ["Step one."], Readiness.Almost, at.AddMinutes(20)) { SubmissionId = "f-" + week })
            .ReleaseFeedback(Mentor.Id, at.AddMinutes(21))
            .MarkDelivered(at.AddMinutes(22));
    }

    [Fact]
    public void Of_TrendsEveryRatedCompetencyOldestFirst()
    {
        var progress = StudentProgress.Of([Delivered(1, 3), Delivered(0, 2)], Rubric);

        var first = progress.Competencies[0];
        Assert.Equal(Competency(0), first.CompetencyId);
        Assert.Equal(Rubric.General[0].Title, first.Name);
        Assert.Equal([2.0, 3.0], first.Ratings.Select(r => r.Value));
        Assert.Equal(Rubric.General.Count, progress.Competencies.Count);
    }

    [Fact]
    public void StayingLow_IsACompetencyRatedTwoOrLowerInTwoSessions()
    {
        Assert.Equal(Rubric.General.Count, StudentProgress.Of([Delivered(0, 2), Delivered(1, 1), Delivered(2, 4)], Rubric).StayingLow.Count);
        Assert.Empty(StudentProgress.Of([Delivered(0, 2), Delivered(1, 3)], Rubric).StayingLow);
    }

    [Fact]
    public void RecurringTags_AreToWorkOnTagsInTwoSessions()
    {
        var progress = StudentProgress.Of(
            [Delivered(0, 3, null, QuickTag.Rambling, QuickTag.StrongStructure), Delivered(1, 3, null, QuickTag.Rambling, QuickTag.StrongStructure), Delivered(2, 3, null, QuickTag.WeNotI)],
            Rubric);

        Assert.Equal([new RecurringTag(QuickTag.Rambling, 2)], progress.RecurringTags); // strengths and one-offs are not patterns to fix
    }

    [Fact]
    public void OpenActionSteps_AreTheNewestDeliveredPlan()
    {
        var progress = StudentProgress.Of([Delivered(0, 3, ["Old step."]), Delivered(1, 3, ["Say the result first.", "Time each answer."])], Rubric);

        Assert.Equal(["Say the result first.", "Time each answer."], progress.OpenActionSteps);
    }

    [Fact]
    public void FeedbackNotYetDelivered_IsNotShown()
    {
        var delivered = Delivered(0, 2);
        var waiting = delivered with { Id = "s-waiting", Stage = SessionStage.AwaitingFeedback, DeliveredAt = null, StartedAt = T0.AddDays(14) };

        var progress = StudentProgress.Of([delivered, waiting], Rubric);

        Assert.Single(progress.Competencies[0].Ratings);
        Assert.Equal(2, progress.SessionCount);
    }

    [Fact]
    public void Delivery_PaceAndFillersComeFromSessionsWithAnalytics()
    {
        var analysed = Delivered(0, 3) with
        {
            Delivery = new DeliveryAnalytics(T0, TranscriptSource.Upload, TimeSpan.FromMinutes(30), true,
                [new SpeakerDelivery(SpeakerRole.Candidate, 1500, TimeSpan.FromMinutes(10), new Dictionary<string, int> { ["um"] = 25 }, 0.7, TimeSpan.FromMinutes(2))], []),
        };

        var progress = StudentProgress.Of([analysed, Delivered(1, 3)], Rubric);

        Assert.Equal([150.0], progress.WordsPerMinute.Select(p => p.Value));
        Assert.Equal([2.5], progress.FillersPerMinute.Select(p => p.Value));
    }
}
