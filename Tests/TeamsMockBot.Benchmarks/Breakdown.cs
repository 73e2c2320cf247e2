using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Application.Feedback;
using TeamsMockBot.Application.History;
using TeamsMockBot.Application.Persistence;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Application.Timing;
using TeamsMockBot.Application.Turns;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Storage;

namespace TeamsMockBot.Benchmarks;

/// <summary>
/// Where a card action's time goes, measured in-process on the host's own services: the steps
/// <c>ControlInterview</c> and <c>MockInterviewBot</c> take for a pause/resume click, each timed
/// separately, one click after another (so each step sees the state a real click would).
/// </summary>
internal static class Breakdown
{
    public static async Task<IReadOnlyList<Latencies>> StepsAsync(BenchHost host, string sessionId, int iterations)
    {
        var services = host.Services;
        var store = services.GetRequiredService<IDocumentStore>();
        var sessions = services.GetRequiredService<ISessionStore>();
        var timers = services.GetRequiredService<ITimerScheduler>();
        var views = services.GetRequiredService<SessionViews>();
        var time = services.GetRequiredService<TimeProvider>();
        var actor = TurnDriver.Student.Id;
        var key = DocumentKeys.Session(sessionId);

        var read = new Latencies("store: read session (file+SHA256+JSON)", iterations);
        var update = new Latencies("store: update session (read,lock,write,mv)", iterations);
        var track = new Latencies("store: timer index upsert/delete", iterations);
        var build = new Latencies("cards: build actor + shared card", iterations);
        var toJson = new Latencies("cards: ToJson x2 (System.Text.Json)", iterations);
        var toJObject = new Latencies("cards: JObject.Parse(ToJson) x2", iterations);
        var whole = new Latencies("use case: ControlInterview.HandleAsync", iterations);

        // Make sure we start running, so even i = pause.
        var current = (await store.ReadAsync<MockSession>(key, CancellationToken.None))!.Value;
        if (current.Current?.Timer.IsPaused == true)
        {
            await sessions.UpdateAsync(sessionId, s => s.Resume(actor, time.GetUtcNow(), 1), CancellationToken.None);
        }

        for (var i = 0; i < iterations * 2; i++)
        {
            var measured = i >= iterations; // the first half warms up every step
            var pause = i % 2 == 0;
            var t0 = Stopwatch.GetTimestamp();
            await store.ReadAsync<MockSession>(key, CancellationToken.None);
            var t1 = Stopwatch.GetTimestamp();
            var now = time.GetUtcNow();
            var saved = await sessions.UpdateAsync(sessionId, s => pause ? s.Pause(actor, now, 1) : s.Resume(actor, now, 1), CancellationToken.None);
            var t2 = Stopwatch.GetTimestamp();
            await timers.TrackAsync(saved, CancellationToken.None);
            var t3 = Stopwatch.GetTimestamp();
            var forActor = views.InterviewFor(saved, actor);
            var shared = views.Shared(saved);
            var t4 = Stopwatch.GetTimestamp();
            _ = forActor.ToJson().Length + shared.ToJson().Length;
            var t5 = Stopwatch.GetTimestamp();
            _ = JObject.Parse(forActor.ToJson()).Count + JObject.Parse(shared.ToJson()).Count;
            var t6 = Stopwatch.GetTimestamp();
            if (measured)
            {
                read.Add((t1 - t0, 0));
                update.Add((t2 - t1, 0));
                track.Add((t3 - t2, 0));
                build.Add((t4 - t3, 0));
                toJson.Add((t5 - t4, 0));
                toJObject.Add((t6 - t5, 0));
            }
        }

        // The whole use case as the bot calls it (load → apply → save → timer index → cards), no Bot Framework.
        var turn = ChatTurn.Of(new Participant(actor, TurnDriver.Student.Name), ChatKind.Personal);
        for (var i = 0; i < iterations * 2; i++)
        {
            var data = new CardData(new Dictionary<string, string> { [CardInputs.SessionId] = sessionId, [CardInputs.QuestionNumber] = "1" });
            var control = services.GetRequiredService<ControlInterview>();
            var started = Stopwatch.GetTimestamp();
            await control.HandleAsync(turn, i % 2 == 0 ? CardVerbs.Pause : CardVerbs.Resume, data, CancellationToken.None);
            if (i >= iterations)
            {
                whole.Add((Stopwatch.GetTimestamp() - started, 0));
            }
        }

        return [read, update, track, build, toJson, toJObject, whole];
    }

    public static string StepHeader() =>
        string.Format(CultureInfo.InvariantCulture, "{0,-44} {1,9} {2,9} {3,9} {4,9}", "step (ms)", "p50", "p90", "p99", "mean");

    public static string StepRow(Latencies step) =>
        string.Format(CultureInfo.InvariantCulture, "{0,-44} {1,9} {2,9} {3,9} {4,9}",
            step.Name, Latencies.Ms(step.Percentile(50)), Latencies.Ms(step.Percentile(90)), Latencies.Ms(step.Percentile(99)), Latencies.Ms(step.Mean));
}
