using Microsoft.Extensions.DependencyInjection;
using TeamsMockBot.Application.Timing;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Domain.Timing;
using TeamsMockBot.Storage;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Timing;

/// <summary>
/// The embedded default (folder store): timers wait in the in-process due-time queue and fire on the
/// fake clock. Clicks go through /api/messages; the test fires due timers by hand, as the loop would.
/// </summary>
public sealed class InProcessTimersTests : IAsyncLifetime
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly BotHost _host = new(settings: TimerDriver.Settings());
    private readonly TimerDriver _mock;

    public InProcessTimersTests()
    {
        _mock = new TimerDriver(_host);
    }

    public Task InitializeAsync()
    {
        _host.Teams.Roster.Add(Mentor);
        _host.Teams.Roster.Add(Student);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _host.DeleteData();
    }

    [Fact]
    public async Task Milestones_ClockRunsThroughAQuestion_EachIsAnnouncedOnceAtItsTime()
    {
        var sessionId = await _mock.StartAsync();
        var updates = _mock.CardUpdates();

        _host.Time.Advance((2 * Minute) - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await _host.FireDueTimersAsync());
        _host.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await _host.FireDueTimersAsync());
        Assert.Equal(0, await _host.FireDueTimersAsync());
        _host.Time.Advance(Minute);
        Assert.Equal(1, await _host.FireDueTimersAsync());
        _host.Time.Advance(Minute);
        Assert.Equal(1, await _host.FireDueTimersAsync());
        Assert.Equal(0, await _host.FireDueTimersAsync());

        Assert.Equal(TimerMilestone.TimeUp, (await _host.SessionAsync(sessionId))!.Current!.Announced);
        Assert.Equal(updates + 3, _mock.CardUpdates());
    }

    [Fact]
    public async Task Pause_BeforeHalfway_NothingIsAnnouncedWhilePausedAndHalfwayMovesByThePause()
    {
        var sessionId = await _mock.StartAsync();
        _host.Time.Advance(Minute);
        await _mock.ClickAsync(CardVerbs.Pause, sessionId, 1);
        var updates = _mock.CardUpdates();

        _host.Time.Advance(3 * Minute); // the old halfway (2:00) passes while paused
        Assert.Equal(0, await _host.FireDueTimersAsync());
        Assert.Equal(TimerMilestone.None, (await _host.SessionAsync(sessionId))!.Current!.Announced);
        Assert.Equal(updates, _mock.CardUpdates());

        await _mock.ClickAsync(CardVerbs.Resume, sessionId, 1); // at 4:00 with 1:00 used: halfway at 5:00
        _host.Time.Advance(Minute - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await _host.FireDueTimersAsync());
        _host.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await _host.FireDueTimersAsync());
        Assert.Equal(TimerMilestone.Halfway, (await _host.SessionAsync(sessionId))!.Current!.Announced);
    }

    [Fact]
    public async Task AddMinute_BeforeHalfway_TheOldTimerIsANoOpAndHalfwayComesThirtySecondsLater()
    {
        var sessionId = await _mock.StartAsync();
        _host.Time.Advance(Minute);
        await _mock.ClickAsync(CardVerbs.AddMinute, sessionId, 1); // 5 minutes in all: halfway at 2:30
        var updates = _mock.CardUpdates();

        _host.Time.Advance(Minute); // 2:00, the old halfway
        Assert.Equal(0, await _host.FireDueTimersAsync());
        Assert.Equal(updates, _mock.CardUpdates());

        _host.Time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(1, await _host.FireDueTimersAsync());
        Assert.Equal(TimerMilestone.Halfway, (await _host.SessionAsync(sessionId))!.Current!.Announced);
        Assert.Equal(updates + 1, _mock.CardUpdates());
    }

    [Fact]
    public async Task AddMinute_AfterTimeUp_TimeUpIsAnnouncedAgainAtTheNewEnd()
    {
        var sessionId = await _mock.StartAsync();
        for (var i = 0; i < 4; i++)
        {
            _host.Time.Advance(Minute);
            await _host.FireDueTimersAsync();
        }

        Assert.Equal(TimerMilestone.TimeUp, (await _host.SessionAsync(sessionId))!.Current!.Announced);
        await _mock.ClickAsync(CardVerbs.AddMinute, sessionId, 1);
        Assert.Equal(TimerMilestone.OneMinuteLeft, (await _host.SessionAsync(sessionId))!.Current!.Announced);

        _host.Time.Advance(Minute);
        Assert.Equal(1, await _host.FireDueTimersAsync());
        Assert.Equal(TimerMilestone.TimeUp, (await _host.SessionAsync(sessionId))!.Current!.Announced);
    }

    [Fact]
    public async Task Skip_BeforeHalfway_TheFirstQuestionsTimerIsANoOpAndTheSecondQuestionIsTimedFromTheSkip()
    {
        var sessionId = await _mock.StartAsync();
        _host.Time.Advance(Minute);
        await _mock.ClickAsync(CardVerbs.Skip, sessionId, 1); // question 2 from 1:00: halfway at 3:00
        var updates = _mock.CardUpdates();

        _host.Time.Advance(Minute);
        Assert.Equal(0, await _host.FireDueTimersAsync());
        Assert.Equal(updates, _mock.CardUpdates());

        _host.Time.Advance(Minute);
        Assert.Equal(1, await _host.FireDueTimersAsync());
        var session = (await _host.SessionAsync(sessionId))!;
        Assert.Equal(2, session.CurrentNumber);
        Assert.Equal(TimerMilestone.Halfway, session.Current!.Announced);
        Assert.Equal(TimerMilestone.None, session.Questions[0].Announced);
    }

    [Fact]
    public async Task StaleTimer_FiredAfterTheSessionMovedOn_ChangesNothingAndSendsNothing()
    {
        var sessionId = await _mock.StartAsync();
        var fire = _host.Services.GetRequiredService<FireTimer>();
        var halfway = TimerSchedule.Next((await _host.SessionAsync(sessionId))!, TimeSpan.FromMinutes(5))!;
        await _mock.ClickAsync(CardVerbs.Next, sessionId, 1);
        _host.Time.Advance(3 * Minute);
        var before = await _host.Store.ReadAsync<MockSession>(DocumentKeys.Session(sessionId), CancellationToken.None);
        var updates = _mock.CardUpdates();

        // The first question's halfway, as a queue would hand it back late (and maybe twice).
        Assert.Equal(TimerFireOutcome.Stale, await fire.FireAsync(sessionId, halfway, redelivered: false, CancellationToken.None));
        Assert.Equal(TimerFireOutcome.Stale, await fire.FireAsync(sessionId, halfway, redelivered: true, CancellationToken.None));
        Assert.Equal(TimerFireOutcome.Gone, await fire.FireAsync("s-nobody", halfway, redelivered: false, CancellationToken.None));

        var after = await _host.Store.ReadAsync<MockSession>(DocumentKeys.Session(sessionId), CancellationToken.None);
        Assert.Equal(before!.ETag, after!.ETag);
        Assert.Equal(updates, _mock.CardUpdates());
    }

    [Fact]
    public async Task OverdueClose_StartedSessionLeftAlone_ClosedAfterLengthPlusGraceWithTheFormsOnce()
    {
        var sessionId = await _mock.StartAsync();

        // Question one's milestones come and go; at 15 + 5 minutes nobody has ended the interview.
        for (var minute = 1; minute < 20; minute++)
        {
            _host.Time.Advance(Minute);
            await _host.FireDueTimersAsync();
            Assert.Equal(SessionStage.Interviewing, (await _host.SessionAsync(sessionId))!.Stage);
        }

        _host.Time.Advance(Minute);
        Assert.Equal(1, await _host.FireDueTimersAsync());

        var session = (await _host.SessionAsync(sessionId))!;
        Assert.Equal(SessionStage.AwaitingFeedback, session.Stage);
        Assert.Equal(1, _mock.FormsTo(Mentor, CardVerbs.SubmitFeedback));
        Assert.Equal(1, _mock.FormsTo(Student, CardVerbs.SubmitSelfAssessment));

        _host.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await _host.FireDueTimersAsync());
        Assert.Equal(1, _mock.FormsTo(Mentor, CardVerbs.SubmitFeedback));
    }

    [Fact]
    public async Task OverdueClose_InterviewerEndedItFirst_TheCloseTimerIsANoOp()
    {
        var sessionId = await _mock.StartAsync();
        await _mock.ClickAsync(CardVerbs.EndInterview, sessionId);
        await _mock.ClickAsync(CardVerbs.OpenFeedback, sessionId);

        _host.Time.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(0, await _host.FireDueTimersAsync());
        Assert.Equal(1, _mock.FormsTo(Mentor, CardVerbs.SubmitFeedback));
        Assert.Equal(1, _mock.FormsTo(Student, CardVerbs.SubmitSelfAssessment));
    }
}
