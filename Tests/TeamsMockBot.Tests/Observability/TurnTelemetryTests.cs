using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Observability;
using TeamsMockBot.Tests.Infrastructure;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Observability;

/// <summary>Turns, store calls and proactive sends produce TeamsMockBot spans and measurements.</summary>
public sealed class TurnTelemetryTests : HostTest
{
    private const string CardId = "msg-obs-telemetry";
    private readonly SpanRecorder spans = new(Telemetry.Name);

    public override async Task DisposeAsync()
    {
        spans.Dispose();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task HelpMessage_TurnSpan_HoldsTheStoreAndTeamsCallsAndIsCounted()
    {
        using var turns = Collect<long>(Telemetry.TurnsCounter);
        using var durations = Collect<double>(Telemetry.TurnDurationHistogram);
        var message = PersonalMessage(Student, "help");
        var activityId = message["id"]!.GetValue<string>();

        using var response = await Host.PostActivityAsync(message);

        Assert.Equal(200, (int)response.StatusCode);
        var turn = spans.TurnFor(activityId);
        Assert.Equal("turn message help", turn.DisplayName);
        Assert.Equal(PersonalChatId(Student.Id), turn.GetTagItem("teamsmockbot.conversation.id"));
        Assert.Equal("ok", turn.GetTagItem("teamsmockbot.outcome"));
        var inside = spans.InTrace(turn.TraceId);
        // The personal chat is remembered in the store under the turn. (Outgoing HTTP spans need a real
        // socket handler, which the Teams capture replaces: OpenTelemetryWiringTests covers those.)
        Assert.Contains(inside, s => s.Source.Name == Telemetry.Name && s.DisplayName.StartsWith("store ", StringComparison.Ordinal) && s.ParentSpanId == turn.SpanId
            && Equals(s.GetTagItem("teamsmockbot.store.collection"), "chats"));

        var counted = Assert.Single(turns.GetMeasurementSnapshot());
        Assert.Equal(1, counted.Value);
        Assert.True(counted.MatchesTags(new KeyValuePair<string, object?>("teamsmockbot.turn.kind", "message"), new("teamsmockbot.turn.name", "help"), new("teamsmockbot.outcome", "ok")));
        Assert.True(Assert.Single(durations.GetMeasurementSnapshot()).Value > 0);
    }

    [Fact]
    public async Task CardInvoke_UnknownSession_IsCountedAsRefusedWithItsVerbAndReason()
    {
        using var turns = Collect<long>(Telemetry.TurnsCounter);
        using var refusals = Collect<long>(Telemetry.RefusalsCounter);
        var click = Invoke(Student, CardVerbs.Start, new JsonObject { [CardInputs.SessionId] = "no-such-session" }, CardId, "personal");

        await Host.InvokeAsync(click);

        var turn = spans.TurnFor(click["id"]!.GetValue<string>());
        Assert.Equal("refused", turn.GetTagItem("teamsmockbot.outcome"));
        Assert.Equal("no-such-session", turn.GetTagItem("teamsmockbot.session.id"));
        Assert.Equal(ActivityStatusCode.Unset, turn.Status); // an expected refusal is not an error
        Assert.True(Assert.Single(turns.GetMeasurementSnapshot()).MatchesTags(
            new KeyValuePair<string, object?>("teamsmockbot.turn.kind", "invoke"), new("teamsmockbot.turn.name", CardVerbs.Start), new("teamsmockbot.outcome", "refused")));
        Assert.True(Assert.Single(refusals.GetMeasurementSnapshot()).ContainsTags(
            new KeyValuePair<string, object?>("teamsmockbot.turn.name", CardVerbs.Start), new("teamsmockbot.reason", "SessionNotFoundException")));
    }

    [Fact]
    public async Task CardInvoke_VerbNobodyKnows_IsNamedUnknownNotByItsText()
    {
        using var turns = Collect<long>(Telemetry.TurnsCounter);

        await Host.InvokeAsync(Invoke(Student, "verb-" + Guid.NewGuid().ToString("N"), new JsonObject(), CardId, "personal"));

        Assert.Equal("unknown", Assert.Single(turns.GetMeasurementSnapshot()).Tags["teamsmockbot.turn.name"]);
    }

    [Fact]
    public async Task Store_EveryCallIsCountedByOperationAndOutcome()
    {
        Assert.IsType<InstrumentedDocumentStore>(Host.Store);
        using var operations = Collect<long>(Telemetry.StoreOperationsCounter);
        using var durations = Collect<double>(Telemetry.StoreDurationHistogram);
        var key = "sessions/obs-" + Guid.NewGuid().ToString("N");
        using var operation = Telemetry.Source.StartActivity("test operation"); // store spans exist only inside a traced operation

        Assert.Null(await Host.Store.ReadAsync<Note>(key, CancellationToken.None));
        await Host.Store.CreateAsync(key, new Note(1), CancellationToken.None);
        await Assert.ThrowsAsync<Application.Persistence.DocumentConflictException>(() => Host.Store.CreateAsync(key, new Note(2), CancellationToken.None));
        await foreach (var _ in Host.Store.ListKeysAsync("sessions/", CancellationToken.None))
        {
        }

        var seen = operations.GetMeasurementSnapshot().Select(m => $"{m.Tags["teamsmockbot.store.operation"]}:{m.Tags["teamsmockbot.store.collection"]}:{m.Tags["teamsmockbot.outcome"]}").ToList();
        Assert.Equal(["read:sessions:not_found", "create:sessions:ok", "create:sessions:conflict", "list:sessions:ok"], seen);
        Assert.Equal(4, durations.GetMeasurementSnapshot().Count);
        Assert.Contains(spans.Spans, s => s.DisplayName == "store create" && s.Kind == ActivityKind.Client && s.ParentSpanId == operation!.SpanId
            && Equals(s.GetTagItem("teamsmockbot.outcome"), "conflict"));
    }

    [Fact]
    public async Task TimerUpdate_TeamsAnswers429_CountsTheRefusalThenTheOutboxSend()
    {
        var sessionId = await StartSoloAsync();
        Host.Teams.Clear();
        using var sends = Collect<long>(Telemetry.ProactiveSendsCounter);
        Host.Teams.Failures.Enqueue(HttpStatusCode.TooManyRequests);
        Host.Time.Advance((await Host.SessionAsync(sessionId))!.Current!.Timer.Total);
        bool IsThisSessionsUpdate(System.Diagnostics.Activity s) => s.DisplayName == "proactive update" && Equals(s.GetTagItem("teamsmockbot.session.id"), sessionId);
        var clickUpdates = spans.Spans.Count(IsThisSessionsUpdate); // the clicks' own card updates go through the same path

        // A timer fire never waits for Teams: the throttled update stays in the outbox instead of being retried in place.
        Assert.Equal(1, await Host.FireDueTimersAsync());
        Host.Time.Advance(TimeSpan.FromMinutes(1));
        await Host.DeliverWaitingAsync();

        var attempts = sends.GetMeasurementSnapshot().Select(m => $"{m.Tags["teamsmockbot.proactive.operation"]}:{m.Tags["teamsmockbot.outcome"]}:{m.Tags.GetValueOrDefault("http.response.status_code")}").ToList();
        Assert.Equal(["update:failed:429", "update:sent:"], attempts);
        Assert.Equal(clickUpdates + 2, spans.Spans.Count(IsThisSessionsUpdate));
        Assert.Equal(2, Host.Teams.Calls.Count(c => c.Method == "PUT")); // the 429 and the outbox's send that landed
    }

    private MetricCollector<T> Collect<T>(string instrument) where T : struct =>
        new(Host.Services.GetRequiredService<IMeterFactory>(), Telemetry.Name, instrument);

    private async Task<string> StartSoloAsync()
    {
        var data = new JsonObject
        {
            [CardInputs.Track] = nameof(Domain.Questions.Track.Behavioral),
            [CardInputs.Format] = nameof(InterviewFormat.SoloPractice),
            [CardInputs.QuestionCount] = "2",
        };
        var card = await Host.InvokeAsync(Invoke(Student, CardVerbs.CreateSession, data, CardId, "personal"));
        var sessionId = CardJson.Data(card, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>();
        await Host.InvokeAsync(Invoke(Student, CardVerbs.Start, new JsonObject { [CardInputs.SessionId] = sessionId }, CardId, "personal"));
        return sessionId;
    }

    private sealed record Note(int N);
}
