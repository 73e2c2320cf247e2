using System.Collections.Concurrent;
using System.Diagnostics;

namespace TeamsMockBot.Tests.Observability;

/// <summary>
/// Records every finished span of the named sources in this process. Activity sources are
/// process-wide and test classes run in parallel, so tests pick their own spans by activity id or
/// trace id, never by count.
/// </summary>
public sealed class SpanRecorder : IDisposable
{
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ActivityListener _listener;

    public SpanRecorder(params string[] sources)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => sources.Contains(source.Name),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public IReadOnlyList<Activity> Spans => [.. _spans];

    public Activity TurnFor(string activityId) =>
        Assert.Single(Spans, s => s.Source.Name == "TeamsMockBot" && Equals(s.GetTagItem("teamsmockbot.activity.id"), activityId));

    public IReadOnlyList<Activity> InTrace(ActivityTraceId traceId) => [.. Spans.Where(s => s.TraceId == traceId)];

    public void Dispose() => _listener.Dispose();
}
