using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsMockBot.Application.Conversations;
using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Storage;

namespace TeamsMockBot.Tests.Delivery;

/// <summary>
/// The delivery use case on its own: the real outbox in a temp folder, a fake clock, and a chat
/// platform that fails on cue. Permanent refusals are set aside at once, transient ones are retried
/// after a doubling, capped delay, and <see cref="DeliveryOptions.MaxAttempts"/> is the end.
/// </summary>
public sealed class OutboundDeliveryTests : IDisposable
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(20);
    private static readonly ChatAddress Origin = new("{\"serviceUrl\":\"http://localhost/\"}");

    private readonly string _root = Path.Combine(Path.GetTempPath(), "tmb-delivery-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero));
    private readonly FakeLogger<OutboundDelivery> _log = new();
    private readonly RecordingMessenger _messenger = new();
    private readonly FileDocumentStore _store;

    public OutboundDeliveryTests() => _store = new FileDocumentStore(_root);

    private static CancellationToken Ct => CancellationToken.None;

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static OutboundMessage Report(string key = "feedback-report/s-1") =>
        new(key, OutboundTarget.PersonalChat, "29:student-sam", null, $$"""{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"{{key}}"}]}""", Origin);

    // No two writers race here; conflict waits (if any) stay off the fake clock the test drives.
    private static readonly StoreConflictRetry SystemClockRetry = new(TimeProvider.System);

    private static DeliveryFailedException Transient() => new("Teams answered 503.", isPermanent: false, statusCode: 503);

    private OutboundDelivery Delivery(int maxAttempts = 60) => new(
        new StoredOutbox(_store, SystemClockRetry), _messenger, new StoredConversations(_store, SystemClockRetry),
        Options.Create(new DeliveryOptions { FirstRetryDelay = FirstDelay, MaxRetryDelay = MaxDelay, MaxAttempts = maxAttempts }),
        _time, _log);

    private async Task<OutboxEntry?> PendingAsync(string key = "feedback-report/s-1") =>
        (await _store.ReadAsync<OutboxEntry>(DocumentKeys.OutboxPending(key), Ct))?.Value;

    [Fact]
    public async Task SendAsync_Accepted_DeliveredOnceAndARepeatIsDropped()
    {
        var delivery = Delivery();

        Assert.True(await delivery.SendAsync([Report()], Ct));
        Assert.True(await delivery.SendAsync([Report()], Ct)); // a retried click: delivered before

        _time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await delivery.RunOnceAsync(Ct));
        Assert.Single(_messenger.Attempts);
        Assert.Null(await PendingAsync());
    }

    [Fact]
    public async Task SendAsync_ToAChat_RetriedAfterAFailureThenPostedThereOnce()
    {
        var delivery = Delivery();
        var meetingChat = new ChatAddress("{\"serviceUrl\":\"http://localhost/\",\"conversation\":{\"id\":\"19:meeting_x@thread.v2\"}}");
        var card = new TeamsMockBot.Cards.Model.AdaptiveCard([new TeamsMockBot.Cards.Model.TextBlock("scheduled")]);
        var scheduled = OutboundMessage.ToChat("meeting-chat-scheduled/s-1", "19:meeting_x@thread.v2", meetingChat, "s-1", card);
        _messenger.Failures.Enqueue(Transient());

        Assert.False(await delivery.SendAsync([scheduled], Ct));
        Assert.False(await delivery.SendAsync([scheduled], Ct)); // a retried booking while it waits: still one message

        _time.Advance(MaxDelay);
        Assert.Equal(1, await delivery.RunOnceAsync(Ct));
        Assert.True(await delivery.SendAsync([scheduled], Ct)); // and after it arrived: delivered before
        _time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await delivery.RunOnceAsync(Ct));
        Assert.Equal(2, _messenger.Attempts.Count); // the failure and the one post
        Assert.Equal(1, _messenger.Delivered);
        Assert.All(_messenger.ChatsPostedTo, c => Assert.Equal(meetingChat, c));
    }

    [Fact]
    public async Task SendAsync_PermanentRefusal_SetAsideAfterOneAttemptAndLoggedAsError()
    {
        var delivery = Delivery();
        _messenger.AlwaysFail = new DeliveryFailedException("The bot was removed.", isPermanent: true, statusCode: 403);

        Assert.False(await delivery.SendAsync([Report()], Ct));

        _time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await delivery.RunOnceAsync(Ct));
        Assert.Single(_messenger.Attempts);
        Assert.Null(await PendingAsync());
        Assert.NotNull(await _store.ReadAsync<OutboxEntry>(DocumentKeys.OutboxFailed(Report().Key), Ct));
        var logged = Assert.Single(_log.Collector.GetSnapshot(), r => r.Level == LogLevel.Error);
        Assert.Equal("Message feedback-report/s-1 set aside after 1 attempt(s) (status 403)", logged.Message);
        Assert.IsType<DeliveryFailedException>(logged.Exception);
    }

    [Fact]
    public async Task RunOnceAsync_TransientRefusals_RetriedAfterADelayThatDoublesUpToTheCap()
    {
        var delivery = Delivery();
        for (var i = 0; i < 5; i++)
        {
            _messenger.Failures.Enqueue(Transient());
        }

        Assert.False(await delivery.SendAsync([Report()], Ct));

        // 5 s, 10 s, then 20 s (the cap) twice; each time not a moment early.
        foreach (var expected in new[] { 5, 10, 20, 20 }.Select(s => TimeSpan.FromSeconds(s)))
        {
            var attempts = _messenger.Attempts.Count;
            var entry = (await PendingAsync())!;
            var wait = entry.NextAttemptAt - _time.GetUtcNow();
            Assert.InRange(wait, expected, expected * 1.2);
            Assert.True(wait <= MaxDelay, $"waits {wait}, longer than the longest wait {MaxDelay}");
            Assert.Equal(attempts, entry.Attempts);

            _time.Advance(wait - TimeSpan.FromMilliseconds(1));
            Assert.Equal(0, await delivery.RunOnceAsync(Ct));
            Assert.Equal(attempts, _messenger.Attempts.Count);
            _time.Advance(TimeSpan.FromMilliseconds(1));
            await delivery.RunOnceAsync(Ct);
            Assert.Equal(attempts + 1, _messenger.Attempts.Count);
        }

        _time.Advance(MaxDelay * 1.2);
        Assert.Equal(1, await delivery.RunOnceAsync(Ct)); // the sixth attempt is accepted
        Assert.Equal(1, _messenger.Delivered);
        Assert.Null(await PendingAsync());
        Assert.Equal(5, _log.Collector.GetSnapshot().Count(r => r.Level == LogLevel.Warning && r.Message.Contains("status 503", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunOnceAsync_MaxAttemptsReached_SetAsideAndNotTriedAgain()
    {
        var delivery = Delivery(maxAttempts: 3);
        _messenger.AlwaysFail = Transient();

        await delivery.SendAsync([Report()], Ct);
        for (var sweep = 0; sweep < 10; sweep++)
        {
            _time.Advance(TimeSpan.FromMinutes(1));
            await delivery.RunOnceAsync(Ct);
        }

        Assert.Equal(3, _messenger.Attempts.Count);
        Assert.Null(await PendingAsync());
        var setAside = (await _store.ReadAsync<OutboxEntry>(DocumentKeys.OutboxFailed(Report().Key), Ct))!.Value;
        Assert.Equal(3, setAside.Attempts);
        Assert.Equal("status 503", setAside.LastFailure);
        Assert.Contains(_log.Collector.GetSnapshot(), r => r.Level == LogLevel.Error && r.Message.Contains("after 3 attempt(s)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunOnceAsync_UnexpectedException_CountsAsTransientAndNamesOnlyItsType()
    {
        var delivery = Delivery();
        _messenger.Failures.Enqueue(new HttpRequestException("connection refused to 29:student-sam"));

        Assert.False(await delivery.SendAsync([Report()], Ct));

        var entry = (await PendingAsync())!;
        Assert.Equal(1, entry.Attempts);
        Assert.Equal(nameof(HttpRequestException), entry.LastFailure);
        _time.Advance(FirstDelay * 1.2);
        Assert.Equal(1, await delivery.RunOnceAsync(Ct));
    }
}
