using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TeamsMockBot.Application.Persistence;
using TeamsMockBot.Cards;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Sessions;
using TeamsMockBot.Storage;
using TeamsMockBot.Tests.Infrastructure;
using Xunit.Abstractions;
using static TeamsMockBot.Tests.Infrastructure.TeamsActivities;

namespace TeamsMockBot.Tests.Hardening;

/// <summary>
/// Faults injected while feedback is being submitted and delivered, in process: storage down for a
/// while (reads and writes, as the blob store reports an outage after the SDK's retries), Teams
/// refusing with 429 + Retry-After, 412, 502 and 504, and two hosts racing on the same submit. After
/// recovery every feedback is stored once and every feedback card arrives once, and people were told
/// when something could not be done. Each test prints its row of the table
/// "fault | operations attempted | lost | duplicated".
/// </summary>
public sealed class FaultTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Sessions = 6;

    private readonly BotHost _host = new();

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

    [Theory]
    [InlineData("unavailable")]
    [InlineData("timeout")]
    public async Task StorageDownDuringFeedbackSubmits_PeopleAreToldAndAfterRecoveryNothingIsLostOrDuplicated(string failure)
    {
        var store = new OutageStore(new FileDocumentStore(_host.DataPath), failure == "timeout");
        await using var flaky = _host.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IDocumentStore>(store)));
        var sessions = await ToFeedbackAsync(flaky, Sessions);
        var forms = sessions.Select(id => (Id: id, Data: FormData(Mentor, CardVerbs.SubmitFeedback, id, Feedback(id)))).ToList();

        store.Down = true; // every session read and write fails for a while
        var attempted = 0;
        foreach (var (id, data) in forms)
        {
            for (var click = 0; click < 2; click++) // the person tries again while it is still down
            {
                attempted++;
                var answer = await InvokeAsync(flaky, Invoke(Mentor, CardVerbs.SubmitFeedback, data.DeepClone().AsObject(), "msg-form", "personal"));
                var text = CardJson.Text(answer);
                Assert.True(text.Contains("couldn't save", StringComparison.OrdinalIgnoreCase) || text.Contains("can't reach storage", StringComparison.Ordinal), text);
            }
        }

        Assert.All(sessions, id => Assert.Null(ReadSession(id).Feedback)); // nothing half-written
        store.Down = false;
        foreach (var (id, data) in forms)
        {
            for (var click = 0; click < 2; click++) // the form is sent again, and once more by a double click
            {
                attempted++;
                var answer = await InvokeAsync(flaky, Invoke(Mentor, CardVerbs.SubmitFeedback, data.DeepClone().AsObject(), "msg-form", "personal"));
                Assert.Contains("feedback is saved", CardJson.Text(answer), StringComparison.Ordinal);
            }

            attempted++;
            await InvokeAsync(flaky, Invoke(Student, CardVerbs.SubmitSelfAssessment, FormData(Student, CardVerbs.SubmitSelfAssessment, id, MockDriver.Ratings()), "msg-self", "personal"));
        }

        Report($"storage {(failure == "timeout" ? "timeouts" : "503 / unavailable")} (folder store, reads and writes) during feedback submits", attempted, sessions);
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task TeamsRefusesTheFeedbackCards_PeopleAreToldItIsOnItsWayAndEachArrivesOnce(HttpStatusCode refusal)
    {
        var sessions = await ToFeedbackAsync(_host, Sessions);
        var attempted = 0;
        foreach (var id in sessions)
        {
            attempted++;
            await InvokeAsync(_host, Invoke(Mentor, CardVerbs.SubmitFeedback, FormData(Mentor, CardVerbs.SubmitFeedback, id, Feedback(id)), "msg-form", "personal"));
        }

        // Teams refuses every send for a while: 429 with Retry-After, or the status, past all retries in place.
        var refusing = true;
        _host.Teams.Throttle = refusal == HttpStatusCode.TooManyRequests ? _ => refusing ? TimeSpan.FromSeconds(20) : null : null;
        if (refusal != HttpStatusCode.TooManyRequests)
        {
            for (var i = 0; i < 200; i++)
            {
                _host.Teams.Failures.Enqueue(refusal);
            }
        }

        foreach (var id in sessions)
        {
            attempted++;
            var answer = await InvokeAsync(_host, Invoke(Student, CardVerbs.SubmitSelfAssessment, FormData(Student, CardVerbs.SubmitSelfAssessment, id, MockDriver.Ratings()), "msg-self", "personal"));
            Assert.Contains("on its way", CardJson.Text(answer), StringComparison.Ordinal); // told the truth: not "right below"
        }

        Assert.DoesNotContain(Reports(sessions), r => r.Value > 0); // nothing arrived yet
        _host.Time.Advance(TimeSpan.FromSeconds(10));
        await _host.DeliverWaitingAsync(); // still refused (and for 429: before its Retry-After)
        refusing = false;
        _host.Teams.Failures.Clear();
        _host.Time.Advance(TimeSpan.FromMinutes(6));
        await _host.DeliverWaitingAsync();
        _host.Time.Advance(TimeSpan.FromMinutes(6));
        await _host.DeliverWaitingAsync(); // a further pass sends nothing twice

        Report($"Teams {(int)refusal}{(refusal == HttpStatusCode.TooManyRequests ? " with Retry-After 20 s" : string.Empty)} on the feedback cards", attempted, sessions);
    }

    [Fact]
    public async Task TwoHostsRaceOnTheSameFeedbackSubmit_OneFeedbackOneCard()
    {
        await using var other = new BotHost(_host.DataPath, _host.Time);
        other.Teams.Roster.Add(Mentor);
        other.Teams.Roster.Add(Student);
        var sessions = await ToFeedbackAsync(_host, Sessions);
        var attempted = 0;
        foreach (var id in sessions)
        {
            await InvokeAsync(_host, Invoke(Student, CardVerbs.SubmitSelfAssessment, FormData(Student, CardVerbs.SubmitSelfAssessment, id, MockDriver.Ratings()), "msg-self", "personal"));
            attempted++;
            var data = FormData(Mentor, CardVerbs.SubmitFeedback, id, Feedback(id));

            // The same submit reaches both instances at once (a Teams retry, or a double click split by the load balancer), twice each.
            var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var racing = Enumerable.Range(0, 4).Select(i => Task.Run(async () =>
            {
                await go.Task;
                return await InvokeAsync(i % 2 == 0 ? _host : other, Invoke(Mentor, CardVerbs.SubmitFeedback, data.DeepClone().AsObject(), "msg-form", "personal"));
            })).ToList();
            go.SetResult();
            attempted += racing.Count;
            foreach (var answer in await Task.WhenAll(racing))
            {
                Assert.Contains("Thanks for your feedback", CardJson.Text(answer), StringComparison.Ordinal); // nobody sees "busy"
            }
        }

        Report("two hosts racing on the same feedback submit (folder store)", attempted, sessions, _host.Teams.Calls.Concat(other.Teams.Calls).ToList());
        other.DeleteData();
    }

    // ---- the table ----

    private void Report(string fault, int attempted, IReadOnlyList<string> sessions, IReadOnlyList<CapturedCall>? calls = null)
    {
        var reports = Reports(sessions, calls);
        var lostFeedback = sessions.Count(id => ReadSession(id).Feedback is null);
        var duplicatedFeedback = sessions.Sum(id => ReadSession(id).EarlierFeedback.Count);
        var lostCards = reports.Count(r => r.Value == 0);
        var duplicatedCards = reports.Sum(r => Math.Max(0, r.Value - 1));
        output.WriteLine("fault | operations attempted | lost | duplicated");
        output.WriteLine($"{fault} | {attempted} | {lostFeedback + lostCards} | {duplicatedFeedback + duplicatedCards}");
        FaultTable.Add(fault, attempted, lostFeedback + lostCards, (duplicatedFeedback + duplicatedCards).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, lostFeedback);
        Assert.Equal(0, duplicatedFeedback);
        Assert.Equal(0, lostCards);
        Assert.Equal(0, duplicatedCards);
        Assert.All(sessions, id => Assert.Equal(SessionStage.Completed, ReadSession(id).Stage));
    }

    /// <summary>Per session: how many of its feedback cards Teams accepted in the student's personal chat.</summary>
    private Dictionary<string, int> Reports(IReadOnlyList<string> sessions, IReadOnlyList<CapturedCall>? calls = null)
    {
        var accepted = (calls ?? _host.Teams.Calls).Where(c => c.Method == "POST" && c.Accepted && c.ConversationId == PersonalChatId(Student.Id) && c.Card is not null).ToList();
        return sessions.ToDictionary(id => id, id => accepted.Count(c => c.CardText.Contains(StrengthsOf(id), StringComparison.Ordinal)));
    }

    private MockSession ReadSession(string id) =>
        new FileDocumentStore(_host.DataPath).ReadAsync<MockSession>(DocumentKeys.Session(id), CancellationToken.None).GetAwaiter().GetResult()!.Value;

    // ---- driving sessions ----

    private static string StrengthsOf(string sessionId) => $"Clear structure in session {sessionId}, every story ended with a number.";

    private static JsonObject Feedback(string sessionId)
    {
        var fields = MockDriver.FeedbackFields();
        fields[FeedbackInputs.Strengths] = StrengthsOf(sessionId);
        return fields;
    }

    /// <summary>The newest form with <paramref name="verb"/> for <paramref name="sessionId"/> in the person's personal chat, filled in.</summary>
    private JsonObject FormData((string Id, string Name) who, string verb, string sessionId, JsonObject fields)
    {
        var form = _host.Teams.Calls.Last(c => c.ConversationId == PersonalChatId(who.Id) && c.Card is not null && CardJson.Verbs(c.Card).Contains(verb)
            && CardJson.Data(c.Card, verb)[CardInputs.SessionId]?.GetValue<string>() == sessionId).Card!;
        var data = CardJson.Data(form, verb);
        foreach (var (name, value) in fields)
        {
            data[name] = value?.DeepClone();
        }

        return data;
    }

    private static async Task<List<string>> ToFeedbackAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host, int count)
    {
        var sessions = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var cardId = $"msg-fault-{Guid.NewGuid():N}";
            var created = await InvokeAsync(host, Invoke(Mentor, CardVerbs.CreateSession, new JsonObject
            {
                [CardInputs.Candidate] = Student.Id,
                [CardInputs.Track] = nameof(Track.Behavioral),
                [CardInputs.Format] = nameof(InterviewFormat.MentorLed),
                [CardInputs.QuestionCount] = "1",
            }, cardId));
            var id = CardJson.Data(created, CardVerbs.Start)[CardInputs.SessionId]!.GetValue<string>();
            foreach (var verb in new[] { CardVerbs.Start, CardVerbs.EndInterview, CardVerbs.OpenFeedback })
            {
                await InvokeAsync(host, Invoke(Mentor, verb, new JsonObject { [CardInputs.SessionId] = id }, cardId));
            }

            sessions.Add(id);
        }

        return sessions;
    }

    private static async Task<JsonNode> InvokeAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host, JsonNode activity)
    {
        using var client = host.CreateClient();
        using var content = new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["value"]!;
    }

    /// <summary>
    /// The real folder store with an outage switch: while <see cref="Down"/>, every read and write of a
    /// session fails the way the blob store reports an outage (503s or timeouts after the SDK's retries).
    /// </summary>
    private sealed class OutageStore(IDocumentStore inner, bool timeouts) : IDocumentStore
    {
        public volatile bool Down;

        public Task<StoredDocument<T>?> ReadAsync<T>(string key, CancellationToken cancellationToken) =>
            Fails(key) ? throw Outage(key) : inner.ReadAsync<T>(key, cancellationToken);

        public Task<string> CreateAsync<T>(string key, T value, CancellationToken cancellationToken) =>
            Fails(key) ? throw Outage(key) : inner.CreateAsync(key, value, cancellationToken);

        public Task<string> ReplaceAsync<T>(string key, T value, string etag, CancellationToken cancellationToken) =>
            Fails(key) ? throw Outage(key) : inner.ReplaceAsync(key, value, etag, cancellationToken);

        public Task DeleteAsync(string key, string? etag, CancellationToken cancellationToken) =>
            Fails(key) ? throw Outage(key) : inner.DeleteAsync(key, etag, cancellationToken);

        public async IAsyncEnumerable<string> ListKeysAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await foreach (var key in inner.ListKeysAsync(prefix, cancellationToken))
            {
                yield return key;
            }
        }

        private bool Fails(string key) => Down && key.StartsWith("sessions/", StringComparison.Ordinal);

        private StorageUnavailableException Outage(string key) =>
            new(key, timeouts ? "the storage service did not answer in time (injected)" : "the storage service is busy (ServerBusy, injected)");
    }
}
