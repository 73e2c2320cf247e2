using Microsoft.Extensions.Time.Testing;
using TeamsMockBot.Timing;

namespace TeamsMockBot.Tests.Timing;

/// <summary>The in-process due-time queue on a fake clock: order, waking at the earliest due time, and an earlier item arriving while it sleeps.</summary>
public sealed class DueTimelineTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero));

    [Fact]
    public void TakeDue_ItemsAtSeveralTimes_ReturnsOnlyThoseDueEarliestFirst()
    {
        var timeline = new DueTimeline<string>(_time);
        var now = _time.GetUtcNow();
        timeline.Schedule("later", now + (3 * Second));
        timeline.Schedule("second", now - Second);
        timeline.Schedule("first", now - (2 * Second));
        timeline.Schedule("now", now);

        Assert.Equal(["first", "second", "now"], timeline.TakeDue());
        Assert.Empty(timeline.TakeDue());
        Assert.Equal(1, timeline.Count);
    }

    [Fact]
    public async Task WaitDue_NothingDueYet_ReturnsWhenTheClockReachesTheEarliest()
    {
        var timeline = new DueTimeline<string>(_time);
        timeline.Schedule("b", _time.GetUtcNow() + (5 * Second));
        timeline.Schedule("a", _time.GetUtcNow() + (2 * Second));

        var waiting = timeline.WaitDueAsync(CancellationToken.None);
        await Task.Delay(50);
        Assert.False(waiting.IsCompleted);

        _time.Advance(2 * Second);
        Assert.Equal(["a"], await waiting.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task WaitDue_EarlierItemScheduledWhileSleeping_WakesForIt()
    {
        var timeline = new DueTimeline<string>(_time);
        timeline.Schedule("late", _time.GetUtcNow() + TimeSpan.FromMinutes(10));
        var waiting = timeline.WaitDueAsync(CancellationToken.None);
        await Task.Delay(50);

        timeline.Schedule("soon", _time.GetUtcNow() + Second);
        await Task.Delay(50);
        _time.Advance(Second);

        Assert.Equal(["soon"], await waiting.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task WaitDue_EmptyThenScheduledDueAlready_ReturnsAtOnce()
    {
        var timeline = new DueTimeline<string>(_time);
        var waiting = timeline.WaitDueAsync(CancellationToken.None);
        await Task.Delay(50);
        Assert.False(waiting.IsCompleted);

        timeline.Schedule("now", _time.GetUtcNow());

        Assert.Equal(["now"], await waiting.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task WaitDue_Cancelled_Throws()
    {
        var timeline = new DueTimeline<string>(_time);
        using var stop = new CancellationTokenSource();
        var waiting = timeline.WaitDueAsync(stop.Token);

        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(5)));
    }
}
