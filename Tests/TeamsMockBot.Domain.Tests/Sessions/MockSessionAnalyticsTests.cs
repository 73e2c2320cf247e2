using TeamsMockBot.Domain.Analytics;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;

namespace TeamsMockBot.Domain.Tests.Sessions;

/// <summary>Where a transcript starts, the question windows the session's marks give, and keeping the analytics.</summary>
public sealed class MockSessionAnalyticsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 25, 15, 0, 0, TimeSpan.Zero);
    private static readonly Participant Mentor = new("29:mentor", "Maya Mentor");
    private static readonly Participant Student = new("29:student", "Sam Student");

    private static Question Question(string id, int minutes) => new(id, Track.Behavioral, "Q?", TimeSpan.FromMinutes(minutes), "Good.", [], ["Structure"], []);

    private static MockSession Planned() =>
        MockSession.Plan("s1", T0, Mentor, Student, new SessionSetup(Track.Behavioral, "", InterviewFormat.MentorLed, 60, 3), [Question("a", 3), Question("b", 4), Question("c", 5)]);

    private static DeliveryAnalytics Some => new(T0, TranscriptSource.Upload, TimeSpan.FromMinutes(1), true, [], []);

    [Fact]
    public void QuestionWindows_FollowAskedAndClosedMarks_AndSkipTheUnasked()
    {
        var session = Planned().Start(Mentor.Id, T0.AddMinutes(2))
            .AddMinute(Mentor.Id, T0.AddMinutes(3), 1)
            .Next(Mentor.Id, T0.AddMinutes(6), 1)
            .Skip(Mentor.Id, T0.AddMinutes(7), 2)
            .EndInterview(Mentor.Id, T0.AddMinutes(9));

        var windows = session.QuestionWindows(T0);

        Assert.Equal(
            [
                new QuestionWindow(1, TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(6), TimeSpan.FromMinutes(4)), // 3 min + 1 extra
                new QuestionWindow(2, TimeSpan.FromMinutes(6), TimeSpan.FromMinutes(7), TimeSpan.FromMinutes(4)),
                new QuestionWindow(3, TimeSpan.FromMinutes(7), TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(5)),
            ],
            windows);
    }

    [Fact]
    public void TranscriptStartsAt_IsTheMeetingStartWhenRecorded_OtherwiseTheInterviewStart()
    {
        var started = Planned().Start(Mentor.Id, T0.AddMinutes(2));

        Assert.Equal(T0.AddMinutes(2), started.TranscriptStartsAt);
        Assert.Equal(T0.AddMinutes(1), started.RecordMeetingStart(T0.AddMinutes(1)).TranscriptStartsAt);
        Assert.Null(Planned().TranscriptStartsAt);
    }

    [Fact]
    public void RecordDelivery_BeforeTheInterviewStarted_IsRefused()
    {
        Assert.Throws<SessionRuleException>(() => Planned().RecordDelivery(Some));
    }

    [Fact]
    public void RecordDelivery_ANewerTranscriptReplacesTheOlder()
    {
        var session = Planned().Start(Mentor.Id, T0).RecordDelivery(Some);
        var newer = Some with { AnalysedAt = T0.AddHours(1) };

        Assert.Equal(newer, session.RecordDelivery(newer).Delivery);
    }
}
