using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Storage;

namespace TeamsMockBot.Storage.Tests.Storage;

/// <summary>
/// What <see cref="StoredOutbox"/> promises on any document store: one waiting entry per key, one
/// delivery per key, exclusive claims with a lease, retries and giving up, forgetting people and
/// sessions, and nothing personal left behind once a message is delivered. Run against each store by
/// a subclass that supplies it and raw access to what it stored.
/// </summary>
public abstract class StoredOutboxTests : IAsyncLifetime
{
    protected static readonly DateTimeOffset T0 = new(2026, 11, 25, 15, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(60);

    private StoredOutbox? _outbox;

    protected static CancellationToken Ct => CancellationToken.None;

    // Instances here race for real, on real storage: conflict waits run on the system clock.
    private static readonly StoreConflictRetry Retry = new(TimeProvider.System);

    /// <summary>The outbox under test, on a fresh store (one per test).</summary>
    protected StoredOutbox Outbox => _outbox ??= new StoredOutbox(CreateStore(), Retry);

    /// <summary>Another store instance on the same backing storage, like a second bot host.</summary>
    protected abstract IDocumentStore CreateStore();

    /// <summary>The stored text of <paramref name="key"/>, bypassing the store, or null.</summary>
    protected abstract Task<string?> ReadRawAsync(string key);

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected static OutboundMessage Report(string sessionId = "s-1", string personId = "29:person-1") =>
        new("feedback-report/" + sessionId, OutboundTarget.PersonalChat, personId, sessionId, Card("Your feedback for " + sessionId));

    protected static OutboundMessage SessionCard(string sessionId, string text) =>
        new("session-card/" + sessionId, OutboundTarget.SessionCard, sessionId, sessionId, Card(text));

    protected static string Card(string text) =>
        $$"""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"{{text}}"}]}""";

    private async Task<List<string>> DueAsync(DateTimeOffset now, StoredOutbox? outbox = null)
    {
        var keys = new List<string>();
        await foreach (var key in (outbox ?? Outbox).DueAsync(now, Ct))
        {
            keys.Add(key);
        }

        return keys;
    }

    private async Task<OutboxClaim> ClaimAsync(string key, DateTimeOffset now) =>
        await Outbox.ClaimAsync(key, now, now + Lease, Ct) ?? throw new InvalidOperationException($"{key} could not be claimed.");

    // ---- Enqueue ----

    [Fact]
    public async Task EnqueueAsync_SameKeyTwice_SecondReturnsFalseAndOneIsDue()
    {
        Assert.True(await Outbox.EnqueueAsync(Report(), T0, Ct));

        Assert.False(await Outbox.EnqueueAsync(Report(), T0.AddSeconds(1), Ct));
        Assert.Equal([Report().Key], await DueAsync(T0.AddSeconds(1)));
        Assert.True(await Outbox.IsWaitingAsync(Report().Key, Ct));
    }

    [Fact]
    public async Task EnqueueAsync_SameKeyAfterComplete_ReturnsFalseAndIsNotDue()
    {
        await Outbox.EnqueueAsync(Report(), T0, Ct);
        await Outbox.CompleteAsync(await ClaimAsync(Report().Key, T0), T0, Ct);

        Assert.False(await Outbox.EnqueueAsync(Report(), T0.AddMinutes(1), Ct));
        Assert.Empty(await DueAsync(T0.AddDays(1)));
        Assert.False(await Outbox.IsWaitingAsync(Report().Key, Ct));
        Assert.Null(await Outbox.ClaimAsync(Report().Key, T0.AddDays(1), T0.AddDays(1) + Lease, Ct));
    }

    [Fact]
    public async Task EnqueueAsync_SameKeyFromTwoInstancesAtOnce_OneIsRecorded()
    {
        var outboxes = Enumerable.Range(0, 8).Select(_ => new StoredOutbox(CreateStore(), Retry)).ToList();

        var results = await Task.WhenAll(outboxes.Select(o => Task.Run(() => o.EnqueueAsync(Report(), T0, Ct))));

        Assert.Single(results, r => r);
        Assert.Equal([Report().Key], await DueAsync(T0));
    }

    [Fact]
    public async Task EnqueueAsync_ReplaceableWhileWaiting_ReplacesTheContent()
    {
        Assert.True(await Outbox.EnqueueAsync(SessionCard("s-1", "Question 1 of 3"), T0, Ct));

        Assert.True(await Outbox.EnqueueAsync(SessionCard("s-1", "Question 2 of 3"), T0.AddSeconds(1), Ct));

        Assert.Equal(["session-card/s-1"], await DueAsync(T0.AddSeconds(1)));
        var claim = await ClaimAsync("session-card/s-1", T0.AddSeconds(1));
        Assert.Contains("Question 2 of 3", claim.Message.CardJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnqueueAsync_ReplaceableWhileBeingSent_NewContentWaitsUntilTheSendCompletes()
    {
        await Outbox.EnqueueAsync(SessionCard("s-1", "Question 1 of 3"), T0, Ct);
        var sending = await ClaimAsync("session-card/s-1", T0);

        await Outbox.EnqueueAsync(SessionCard("s-1", "Question 2 of 3"), T0.AddSeconds(1), Ct);

        Assert.Empty(await DueAsync(T0.AddSeconds(1))); // the claim is kept: the old content cannot land after the new
        await Outbox.CompleteAsync(sending, T0.AddSeconds(2), Ct);
        Assert.Equal(["session-card/s-1"], await DueAsync(T0.AddSeconds(2)));
        var next = await ClaimAsync("session-card/s-1", T0.AddSeconds(2));
        Assert.Contains("Question 2 of 3", next.Message.CardJson, StringComparison.Ordinal);
        await Outbox.CompleteAsync(next, T0.AddSeconds(3), Ct);
        Assert.Empty(await DueAsync(T0.AddSeconds(3)));
    }

    [Fact]
    public async Task RetryLaterAsync_ReplaceableGotNewContentWhileItsSendFailed_NewContentIsDueAtOnce()
    {
        await Outbox.EnqueueAsync(SessionCard("s-1", "Question 1 of 3"), T0, Ct);
        var sending = await ClaimAsync("session-card/s-1", T0);
        await Outbox.EnqueueAsync(SessionCard("s-1", "Question 2 of 3"), T0.AddSeconds(1), Ct);

        await Outbox.RetryLaterAsync(sending, T0.AddMinutes(5), "status 503", Ct);

        Assert.Equal(["session-card/s-1"], await DueAsync(T0.AddSeconds(2))); // not held back until the old claim's lease ends
        var next = await ClaimAsync("session-card/s-1", T0.AddSeconds(2));
        Assert.Contains("Question 2 of 3", next.Message.CardJson, StringComparison.Ordinal);
        Assert.Equal(0, next.Attempts);
    }

    [Fact]
    public async Task GiveUpAsync_ReplaceableGotNewContentWhileBeingSent_NewContentIsDueAtOnceAndNotSetAside()
    {
        await Outbox.EnqueueAsync(SessionCard("s-1", "Question 1 of 3"), T0, Ct);
        var sending = await ClaimAsync("session-card/s-1", T0);
        await Outbox.EnqueueAsync(SessionCard("s-1", "Question 2 of 3"), T0.AddSeconds(1), Ct);

        await Outbox.GiveUpAsync(sending, "status 404", Ct);

        Assert.Equal(["session-card/s-1"], await DueAsync(T0.AddSeconds(2)));
        Assert.Null(await ReadRawAsync(DocumentKeys.OutboxFailed("session-card/s-1")));
    }

    [Fact]
    public async Task EnqueueAsync_ReplaceableAfterComplete_IsRecordedAgain()
    {
        await Outbox.EnqueueAsync(SessionCard("s-1", "Question 1 of 3"), T0, Ct);
        await Outbox.CompleteAsync(await ClaimAsync("session-card/s-1", T0), T0, Ct);

        Assert.True(await Outbox.EnqueueAsync(SessionCard("s-1", "Question 2 of 3"), T0.AddSeconds(1), Ct));

        Assert.Equal(["session-card/s-1"], await DueAsync(T0.AddSeconds(1)));
    }

    // ---- Claims ----

    [Fact]
    public async Task ClaimAsync_TwoInstancesAtOnce_OnlyOneWins()
    {
        await Outbox.EnqueueAsync(Report(), T0, Ct);
        var outboxes = Enumerable.Range(0, 8).Select(_ => new StoredOutbox(CreateStore(), Retry)).ToList();
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var claims = outboxes.Select(o => Task.Run(async () =>
        {
            await go.Task;
            return await o.ClaimAsync(Report().Key, T0, T0 + Lease, Ct);
        })).ToList();
        go.SetResult();

        var won = Assert.Single(await Task.WhenAll(claims), c => c is not null);
        Assert.Equal(Report(), won!.Message);
        Assert.Equal(0, won.Attempts);
        Assert.Empty(await DueAsync(T0.AddSeconds(1)));
    }

    [Fact]
    public async Task ClaimAsync_WithinTheLease_IsRefusedAndPastIt_IsGrantedAgain()
    {
        await Outbox.EnqueueAsync(Report(), T0, Ct);
        var first = await ClaimAsync(Report().Key, T0);

        Assert.Null(await Outbox.ClaimAsync(Report().Key, T0 + Lease - TimeSpan.FromSeconds(1), T0 + Lease + Lease, Ct));
        var second = await Outbox.ClaimAsync(Report().Key, T0 + Lease, T0 + Lease + Lease, Ct);

        Assert.NotNull(second); // the first instance died while sending
        Assert.NotEqual(first.Version, second.Version);
    }

    [Fact]
    public async Task RetryLaterAsync_AfterAnotherInstanceTookOver_LeavesItsClaimAlone()
    {
        await Outbox.EnqueueAsync(Report(), T0, Ct);
        var slow = await ClaimAsync(Report().Key, T0);
        var takeover = await ClaimAsync(Report().Key, T0 + Lease);

        await Outbox.RetryLaterAsync(slow, T0 + Lease, "status 503", Ct); // the slow instance comes back late

        Assert.Empty(await DueAsync(T0 + Lease + TimeSpan.FromSeconds(1)));
        await Outbox.CompleteAsync(takeover, T0 + Lease, Ct);
        Assert.False(await Outbox.IsWaitingAsync(Report().Key, Ct));
    }

    // ---- Retry and give up ----

    [Fact]
    public async Task RetryLaterAsync_NotDueUntilTheTime_ThenClaimedWithTheAttemptCounted()
    {
        await Outbox.EnqueueAsync(Report(), T0, Ct);
        var retryAt = T0.AddSeconds(30);

        await Outbox.RetryLaterAsync(await ClaimAsync(Report().Key, T0), retryAt, "status 503", Ct);

        Assert.True(await Outbox.IsWaitingAsync(Report().Key, Ct));
        Assert.Empty(await DueAsync(retryAt.AddTicks(-1)));
        Assert.Null(await Outbox.ClaimAsync(Report().Key, retryAt.AddTicks(-1), retryAt + Lease, Ct));
        Assert.Equal([Report().Key], await DueAsync(retryAt));
        Assert.Equal(1, (await ClaimAsync(Report().Key, retryAt)).Attempts);
    }

    [Fact]
    public async Task GiveUpAsync_MessageIsSetAsideAndNeverDueAgain()
    {
        await Outbox.EnqueueAsync(Report(), T0, Ct);

        await Outbox.GiveUpAsync(await ClaimAsync(Report().Key, T0), "status 403", Ct);

        Assert.Empty(await DueAsync(T0.AddYears(1)));
        Assert.False(await Outbox.IsWaitingAsync(Report().Key, Ct));
        Assert.Null(await ReadRawAsync(DocumentKeys.OutboxPending(Report().Key)));
        var setAside = await ReadRawAsync(DocumentKeys.OutboxFailed(Report().Key));
        Assert.NotNull(setAside);
        Assert.Contains("status 403", setAside, StringComparison.Ordinal);
    }

    // ---- Forgetting ----

    [Fact]
    public async Task ForgetPersonAsync_RemovesTheirWaitingAndSetAsideMessagesOnly()
    {
        await Outbox.EnqueueAsync(Report("s-1", "29:person-1"), T0, Ct);
        await Outbox.EnqueueAsync(Report("s-2", "29:person-1"), T0, Ct);
        await Outbox.GiveUpAsync(await ClaimAsync(Report("s-2").Key, T0), "status 403", Ct);
        await Outbox.EnqueueAsync(Report("s-3", "29:person-2"), T0, Ct);

        await Outbox.ForgetPersonAsync("29:person-1", Ct);

        Assert.Equal([Report("s-3").Key], await DueAsync(T0));
        Assert.Null(await ReadRawAsync(DocumentKeys.OutboxFailed(Report("s-2").Key)));
    }

    [Fact]
    public async Task ForgetSessionAsync_RemovesTheSessionsWaitingMessagesOnly()
    {
        await Outbox.EnqueueAsync(Report("s-1"), T0, Ct);
        await Outbox.EnqueueAsync(SessionCard("s-1", "Question 1 of 3"), T0, Ct);
        await Outbox.EnqueueAsync(Report("s-2"), T0, Ct);

        await Outbox.ForgetSessionAsync("s-1", Ct);

        Assert.Equal([Report("s-2").Key], await DueAsync(T0));
    }

    // ---- What is left behind ----

    [Fact]
    public async Task CompleteAsync_SentMark_HoldsNoIdsNoKeyAndNoCardText()
    {
        var message = Report("s-secret-session", "29:secret-person");
        await Outbox.EnqueueAsync(message, T0, Ct);

        await Outbox.CompleteAsync(await ClaimAsync(message.Key, T0), T0.AddSeconds(2), Ct);

        Assert.Null(await ReadRawAsync(DocumentKeys.OutboxPending(message.Key)));
        var mark = await ReadRawAsync(DocumentKeys.OutboxSent(message.Key));
        Assert.NotNull(mark);
        foreach (var secret in new[] { "s-secret-session", "secret-person", "feedback-report", "Your feedback", "AdaptiveCard" })
        {
            Assert.DoesNotContain(secret, mark, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, DocumentKeys.OutboxSent(message.Key), StringComparison.OrdinalIgnoreCase);
        }

        var properties = System.Text.Json.Nodes.JsonNode.Parse(mark)!.AsObject().Select(p => p.Key);
        Assert.Equal(["schemaVersion", "sentAt"], properties.Order(StringComparer.Ordinal));
    }
}
