using Microsoft.Extensions.Time.Testing;
using TeamsMockBot.Domain.Timing;

namespace TeamsMockBot.Domain.Tests.Timing;

public sealed class QuestionTimerTests
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 4, 9, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(T0);

    private DateTimeOffset Now => _time.GetUtcNow();

    private static TimeSpan Minutes(double minutes) => TimeSpan.FromMinutes(minutes);

    private static TimeSpan Seconds(double seconds) => TimeSpan.FromSeconds(seconds);

    private QuestionTimer StartedFourMinuteTimer() => QuestionTimer.For(Minutes(4)).Start(Now);

    [Fact]
    public void For_NotStarted_HasFullTimeAndNoClock()
    {
        var timer = QuestionTimer.For(Minutes(4));

        Assert.False(timer.HasStarted);
        Assert.False(timer.IsRunning);
        Assert.False(timer.IsPaused);
        Assert.Equal(Minutes(4), timer.Total);
        Assert.Equal(Minutes(4), timer.Remaining(Now));
        Assert.Null(timer.EndsAt(Now));
        Assert.Equal(TimerMilestone.None, timer.MilestoneAt(Now + Minutes(10)));
        Assert.Null(timer.NextMilestoneDue(Now, TimerMilestone.None));
    }

    [Fact]
    public void Start_FourMinuteQuestion_RunsAndEndsFourMinutesLater()
    {
        var timer = StartedFourMinuteTimer();

        Assert.True(timer.HasStarted);
        Assert.True(timer.IsRunning);
        Assert.False(timer.IsPaused);
        Assert.Equal(T0 + Minutes(4), timer.EndsAt(Now));

        _time.Advance(Seconds(90));
        Assert.Equal(Seconds(90), timer.Used(Now));
        Assert.Equal(Seconds(150), timer.Remaining(Now));
        Assert.Equal(T0 + Minutes(4), timer.EndsAt(Now));
    }

    [Fact]
    public void Start_Twice_KeepsTheFirstStart()
    {
        var first = StartedFourMinuteTimer();
        _time.Advance(Minutes(1));

        var again = first.Start(Now);

        Assert.Equal(first, again);
        Assert.Equal(T0, again.RunningSince);
        Assert.Equal(Minutes(3), again.Remaining(Now));
    }

    [Fact]
    public void Start_OnPausedTimer_StaysPaused()
    {
        var timer = StartedFourMinuteTimer();
        _time.Advance(Minutes(1));
        var paused = timer.Pause(Now);
        _time.Advance(Minutes(1));

        var started = paused.Start(Now);

        Assert.Equal(paused, started);
        Assert.True(started.IsPaused);
    }

    [Theory]
    [InlineData(0, TimerMilestone.None)]
    [InlineData(119, TimerMilestone.None)]
    [InlineData(120, TimerMilestone.Halfway)]
    [InlineData(179, TimerMilestone.Halfway)]
    [InlineData(180, TimerMilestone.OneMinuteLeft)]
    [InlineData(239, TimerMilestone.OneMinuteLeft)]
    [InlineData(240, TimerMilestone.TimeUp)]
    [InlineData(900, TimerMilestone.TimeUp)]
    public void MilestoneAt_FourMinuteQuestion_HalfwayOneMinuteLeftAndTimeUp(int secondsUsed, TimerMilestone expected)
    {
        var timer = StartedFourMinuteTimer();

        Assert.Equal(expected, timer.MilestoneAt(T0 + Seconds(secondsUsed)));
    }

    [Fact]
    public void NextMilestoneDue_FourMinuteQuestion_WalksThroughEveryMark()
    {
        var timer = StartedFourMinuteTimer();

        Assert.Equal(T0 + Minutes(2), timer.NextMilestoneDue(Now, TimerMilestone.None));

        _time.Advance(Minutes(2));
        Assert.Equal(T0 + Minutes(3), timer.NextMilestoneDue(Now, TimerMilestone.Halfway));

        _time.Advance(Minutes(1));
        Assert.Equal(T0 + Minutes(4), timer.NextMilestoneDue(Now, TimerMilestone.OneMinuteLeft));

        _time.Advance(Minutes(1));
        Assert.Null(timer.NextMilestoneDue(Now, TimerMilestone.TimeUp));
    }

    [Fact]
    public void NextMilestoneDue_MarkAlreadyPassedButNotAnnounced_IsDueNow()
    {
        var timer = StartedFourMinuteTimer();
        _time.Advance(Minutes(5));

        Assert.Equal(Now, timer.NextMilestoneDue(Now, TimerMilestone.None));
        Assert.Equal(Now, timer.NextMilestoneDue(Now, TimerMilestone.OneMinuteLeft));
    }

    [Theory]
    [InlineData(0, TimerMilestone.None)]
    [InlineData(44, TimerMilestone.None)]
    [InlineData(45, TimerMilestone.Halfway)]
    [InlineData(60, TimerMilestone.Halfway)]
    [InlineData(89, TimerMilestone.Halfway)]
    [InlineData(90, TimerMilestone.TimeUp)]
    public void MilestoneAt_NinetySecondQuestion_HasNoOneMinuteMark(int secondsUsed, TimerMilestone expected)
    {
        var timer = QuestionTimer.For(Seconds(90)).Start(T0);

        Assert.Equal(expected, timer.MilestoneAt(T0 + Seconds(secondsUsed)));
    }

    [Fact]
    public void NextMilestoneDue_NinetySecondQuestionAfterHalfway_IsTimeUp()
    {
        var timer = QuestionTimer.For(Seconds(90)).Start(T0);

        Assert.Equal(T0 + Seconds(45), timer.NextMilestoneDue(T0, TimerMilestone.None));
        Assert.Equal(T0 + Seconds(90), timer.NextMilestoneDue(T0 + Seconds(45), TimerMilestone.Halfway));
    }

    [Fact]
    public void MilestoneAt_TwoMinuteQuestion_OneMinuteMarkWouldCoincideWithHalfwaySoThereIsNone()
    {
        var timer = QuestionTimer.For(Minutes(2)).Start(T0);

        Assert.Equal(TimerMilestone.Halfway, timer.MilestoneAt(T0 + Seconds(60)));
        Assert.Equal(TimerMilestone.Halfway, timer.MilestoneAt(T0 + Seconds(119)));
        Assert.Equal(T0 + Minutes(2), timer.NextMilestoneDue(T0 + Seconds(60), TimerMilestone.Halfway));
    }

    [Fact]
    public void Pause_RunningTimer_StopsTheClock()
    {
        var timer = StartedFourMinuteTimer();
        _time.Advance(Minutes(1));

        var paused = timer.Pause(Now);
        _time.Advance(Minutes(30));

        Assert.True(paused.IsPaused);
        Assert.False(paused.IsRunning);
        Assert.Null(paused.RunningSince);
        Assert.Equal(Minutes(1), paused.Used(Now));
        Assert.Equal(Minutes(3), paused.Remaining(Now));
        Assert.Null(paused.EndsAt(Now));
        Assert.Equal(TimerMilestone.None, paused.MilestoneAt(Now));
        Assert.Null(paused.NextMilestoneDue(Now, TimerMilestone.None));
    }

    [Fact]
    public void Pause_AlreadyPaused_ChangesNothing()
    {
        var paused = StartedFourMinuteTimer().Pause(T0 + Minutes(1));

        Assert.Equal(paused, paused.Pause(T0 + Minutes(2)));
    }

    [Fact]
    public void Resume_PausedTimer_ContinuesWhereItStopped()
    {
        var timer = StartedFourMinuteTimer();
        _time.Advance(Minutes(1));
        var paused = timer.Pause(Now);
        _time.Advance(Minutes(10));

        var resumed = paused.Resume(Now);

        Assert.True(resumed.IsRunning);
        Assert.Equal(Minutes(3), resumed.Remaining(Now));
        Assert.Equal(Now + Minutes(3), resumed.EndsAt(Now));
        Assert.Equal(Now + Minutes(1), resumed.NextMilestoneDue(Now, TimerMilestone.None));

        _time.Advance(Minutes(1));
        Assert.Equal(TimerMilestone.Halfway, resumed.MilestoneAt(Now));
        Assert.Equal(Minutes(2), resumed.Remaining(Now));
    }

    [Fact]
    public void Resume_SeveralPauses_AddsUpEveryRunningStretch()
    {
        var timer = StartedFourMinuteTimer();
        timer = timer.Pause(T0 + Seconds(30));
        timer = timer.Resume(T0 + Minutes(5));
        timer = timer.Pause(T0 + Minutes(5) + Seconds(45));
        timer = timer.Resume(T0 + Minutes(20));

        Assert.Equal(Seconds(75), timer.Used(T0 + Minutes(20)));
        Assert.Equal(Seconds(95), timer.Used(T0 + Minutes(20) + Seconds(20)));
    }

    [Fact]
    public void Resume_RunningOrUnstartedTimer_ChangesNothing()
    {
        var running = StartedFourMinuteTimer();
        var unstarted = QuestionTimer.For(Minutes(4));

        Assert.Equal(running, running.Resume(T0 + Minutes(1)));
        Assert.Equal(unstarted, unstarted.Resume(T0 + Minutes(1)));
    }

    [Fact]
    public void AddMinute_RunningTimer_MovesTheEndAndEveryMark()
    {
        var timer = StartedFourMinuteTimer();
        _time.Advance(Minutes(1));

        var longer = timer.AddMinute();

        Assert.Equal(Minutes(1), longer.Extra);
        Assert.Equal(Minutes(5), longer.Total);
        Assert.Equal(T0 + Minutes(5), longer.EndsAt(Now));
        Assert.Equal(Minutes(4), longer.Remaining(Now));
        Assert.Equal(T0 + Seconds(150), longer.NextMilestoneDue(Now, TimerMilestone.None));
        Assert.Equal(T0 + Minutes(4), longer.NextMilestoneDue(Now, TimerMilestone.Halfway));
        Assert.Equal(T0 + Minutes(5), longer.NextMilestoneDue(Now, TimerMilestone.OneMinuteLeft));
        Assert.Equal(TimerMilestone.OneMinuteLeft, longer.MilestoneAt(T0 + Seconds(299)));
        Assert.Equal(TimerMilestone.TimeUp, longer.MilestoneAt(T0 + Minutes(5)));
    }

    [Fact]
    public void AddMinute_AfterTimeUp_GivesAMinuteBack()
    {
        var timer = StartedFourMinuteTimer();
        _time.Advance(Minutes(6));
        Assert.Equal(TimeSpan.Zero, timer.Remaining(Now));

        var longer = timer.AddMinute().AddMinute();

        // Six minutes used of six: the clock is at time up again, never negative.
        Assert.Equal(TimeSpan.Zero, longer.Remaining(Now));
        Assert.Equal(Minutes(1), longer.Remaining(Now - Minutes(1)));
        Assert.Equal(TimerMilestone.TimeUp, longer.MilestoneAt(Now));
        Assert.Equal(TimerMilestone.OneMinuteLeft, longer.MilestoneAt(Now - Seconds(1)));
    }

    [Fact]
    public void AddMinute_PausedTimer_AddsTimeButStaysStopped()
    {
        var paused = StartedFourMinuteTimer().Pause(T0 + Minutes(3));

        var longer = paused.AddMinute();

        Assert.True(longer.IsPaused);
        Assert.Equal(Minutes(2), longer.Remaining(T0 + Minutes(50)));
        Assert.Null(longer.EndsAt(T0 + Minutes(50)));
    }

    [Fact]
    public void Remaining_LongAfterTimeUp_IsZeroNotNegative()
    {
        var timer = StartedFourMinuteTimer();

        Assert.Equal(TimeSpan.Zero, timer.Remaining(T0 + TimeSpan.FromHours(3)));
        Assert.Equal(T0 + TimeSpan.FromHours(3), timer.EndsAt(T0 + TimeSpan.FromHours(3)));
    }

    [Fact]
    public void Used_ClockBehindTheStart_CountsNothing()
    {
        var timer = StartedFourMinuteTimer();

        Assert.Equal(TimeSpan.Zero, timer.Used(T0 - Seconds(5)));
    }
}
