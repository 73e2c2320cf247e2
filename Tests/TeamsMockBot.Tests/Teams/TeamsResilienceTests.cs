using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using TeamsMockBot.Observability;
using TeamsMockBot.Teams;
using TeamsMockBot.Testing;

namespace TeamsMockBot.Tests.Teams;

/// <summary>
/// The one retry of Teams calls (<see cref="TeamsResilience"/> through <see cref="TeamsRetryHandler"/>),
/// driven with a stub Teams behind the handler and a fake clock: every wait is seen being chosen, and
/// nothing happens until the clock is moved past it. No real sleeps.
/// </summary>
public sealed class TeamsResilienceTests : IDisposable
{
    private const string ActivitiesUrl = "https://smba.trafficmanager.net/amer/v3/conversations/a:1/activities";

    private readonly ObservedTimeProvider _time = new();
    private readonly StubTeams _teams;
    private readonly ServiceProvider _meters = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public TeamsResilienceTests()
    {
        _teams = new StubTeams(_time);
    }

    public void Dispose()
    {
        _teams.Dispose();
        _meters.Dispose();
    }

    [Fact]
    public async Task Send_429WithRetryAfterThen200_WaitsExactlyRetryAfterThenSendsOnceMore()
    {
        _teams.Answer(HttpStatusCode.TooManyRequests, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(3)));
        using var invoker = Invoker();

        var send = SendAsync(invoker);
        await _time.WaitForTimersAsync(1);
        _time.Advance(TimeSpan.FromSeconds(3) - TimeSpan.FromMilliseconds(1));
        Assert.Single(_teams.Calls); // nothing before Teams' wait is over
        _time.Advance(TimeSpan.FromMilliseconds(1));
        using var response = await send.WaitAsync(ObservedTimeProvider.Patience);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _teams.Calls.Count);
        Assert.Equal([TimeSpan.FromSeconds(3)], _time.Delays);
        Assert.Equal(TimeSpan.FromSeconds(3), _teams.Calls[1].At - _teams.Calls[0].At);
    }

    [Fact]
    public async Task Send_RetryAfterAsADate_WaitsUntilThatDate()
    {
        _teams.Answer(HttpStatusCode.TooManyRequests, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(_time.GetUtcNow().AddSeconds(5)));
        using var invoker = Invoker();

        var send = SendAsync(invoker);
        await _time.WaitForTimersAsync(1);
        _time.Advance(TimeSpan.FromSeconds(5));
        using var response = await send.WaitAsync(ObservedTimeProvider.Patience);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([TimeSpan.FromSeconds(5)], _time.Delays);
    }

    [Fact]
    public async Task Send_RetryAfterBeyondMaxRetryDelay_WaitsOnlyMaxRetryDelay()
    {
        _teams.Answer(HttpStatusCode.TooManyRequests, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromMinutes(10)));
        using var invoker = Invoker(new TeamsOptions { MaxRetryDelay = TimeSpan.FromSeconds(20) });

        var send = SendAsync(invoker);
        await _time.WaitForTimersAsync(1);
        _time.Advance(TimeSpan.FromSeconds(20));
        using var response = await send.WaitAsync(ObservedTimeProvider.Patience);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([TimeSpan.FromSeconds(20)], _time.Delays);
    }

    [Fact]
    public async Task Send_ThrottledWithoutRetryAfter_WaitsLongerEachTime()
    {
        _teams.Answer(HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests);
        using var invoker = Invoker(new TeamsOptions { RetryDelay = TimeSpan.FromSeconds(1) });

        var send = SendAsync(invoker);
        await AdvanceThroughWaitsAsync(3);
        using var response = await send.WaitAsync(ObservedTimeProvider.Patience);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, _teams.Calls.Count);
        var waits = _time.Delays;
        Assert.True(waits[0] > TimeSpan.Zero && waits[0] < waits[1] && waits[1] < waits[2], string.Join(", ", waits));
        Assert.True(waits[2] > waits[1] * 1.5, $"exponential: {string.Join(", ", waits)}");
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task Send_PermanentRefusal_IsNotRetried(HttpStatusCode status)
    {
        _teams.Answer(status);
        using var invoker = Invoker();

        using var response = await SendAsync(invoker).WaitAsync(ObservedTimeProvider.Patience);

        Assert.Equal(status, response.StatusCode);
        Assert.Single(_teams.Calls);
        Assert.Equal(0, _time.TimersCreated);
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Send_TransientRefusal_IsRetried(HttpStatusCode status)
    {
        _teams.Answer(status);
        using var invoker = Invoker();

        var send = SendAsync(invoker);
        await AdvanceThroughWaitsAsync(1);
        using var response = await send.WaitAsync(ObservedTimeProvider.Patience);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _teams.Calls.Count);
    }

    [Fact]
    public async Task Send_AlwaysThrottled_GivesUpAfterMaxRetriesWithTheLastResponse()
    {
        _teams.Answer(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 10).ToArray());
        using var invoker = Invoker(new TeamsOptions { MaxRetries = 2 });

        var send = SendAsync(invoker);
        await AdvanceThroughWaitsAsync(2);
        using var response = await send.WaitAsync(ObservedTimeProvider.Patience);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains("attempt 3", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal); // the last answer, readable
        Assert.Equal(3, _teams.Calls.Count);
        Assert.Equal(2, _time.TimersCreated);
    }

    [Fact]
    public async Task Send_MaxRetriesZero_SendsOnce()
    {
        _teams.Answer(HttpStatusCode.TooManyRequests);
        using var invoker = Invoker(new TeamsOptions { MaxRetries = 0 });

        using var response = await SendAsync(invoker).WaitAsync(ObservedTimeProvider.Patience);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Single(_teams.Calls);
    }

    [Fact]
    public async Task Send_CancelledDuringTheWait_EndsPromptlyWithNoFurtherAttempt()
    {
        _teams.Answer(HttpStatusCode.TooManyRequests, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(10)));
        using var invoker = Invoker();
        using var cancel = new CancellationTokenSource();

        var send = SendAsync(invoker, cancel.Token);
        await _time.WaitForTimersAsync(1);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send.WaitAsync(ObservedTimeProvider.Patience)); // the clock has not moved
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Single(_teams.Calls);
    }

    [Fact]
    public async Task Send_Retried_SendsTheSameBodyEachTime()
    {
        _teams.Answer(HttpStatusCode.TooManyRequests, HttpStatusCode.ServiceUnavailable);
        using var invoker = Invoker();
        const string body = """{"type":"message","text":"Your feedback is ready"}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, ActivitiesUrl)
        {
            // A stream that can be read once only: without buffering, a retry would send nothing.
            Content = new StreamContent(new ForwardOnlyStream(System.Text.Encoding.UTF8.GetBytes(body))),
        };

        var send = invoker.SendAsync(request, CancellationToken.None);
        await AdvanceThroughWaitsAsync(2);
        using var response = await send.WaitAsync(ObservedTimeProvider.Patience);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([body, body, body], _teams.Calls.Select(c => c.Body));
    }

    [Fact]
    public async Task Send_ConnectionLost_IsRetried()
    {
        _teams.Fail(new HttpRequestException("connection reset"));
        using var invoker = Invoker();

        var send = SendAsync(invoker);
        await AdvanceThroughWaitsAsync(1);
        using var response = await send.WaitAsync(ObservedTimeProvider.Patience);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _teams.Calls.Count);
    }

    private HttpMessageInvoker Invoker(TeamsOptions? options = null)
    {
        var pipeline = TeamsResilience.Create(
            options ?? new TeamsOptions(), _time, new BotMetrics(_meters.GetRequiredService<IMeterFactory>()), NullLogger.Instance,
            randomizer: () => 0.5); // pinned jitter: every wait is known and never rounds down to none
        return new HttpMessageInvoker(new TeamsRetryHandler(pipeline) { InnerHandler = _teams });
    }

    private static Task<HttpResponseMessage> SendAsync(HttpMessageInvoker invoker, CancellationToken cancellationToken = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, ActivitiesUrl) { Content = new StringContent("""{"type":"message"}""") };
        return invoker.SendAsync(request, cancellationToken);
    }

    /// <summary>Lets <paramref name="count"/> waits pass, each once it has really started and only by the time it asked for.</summary>
    private async Task AdvanceThroughWaitsAsync(int count)
    {
        for (var wait = 1; wait <= count; wait++)
        {
            await _time.WaitForTimersAsync(wait);
            Assert.Equal(wait, _teams.Calls.Count); // the next attempt waits for the clock
            _time.Advance(_time.Delays[wait - 1]);
        }
    }

    /// <summary>Teams behind the handler: answers the scripted outcomes in turn, then 200; records every call.</summary>
    private sealed class StubTeams(TimeProvider clock) : HttpMessageHandler
    {
        private readonly ConcurrentQueue<Func<int, HttpResponseMessage>> _script = new();
        private readonly ConcurrentQueue<(DateTimeOffset At, string Body)> _calls = new();

        public IReadOnlyList<(DateTimeOffset At, string Body)> Calls => [.. _calls];

        public void Answer(HttpStatusCode status, Action<HttpResponseMessage> shape) =>
            _script.Enqueue(attempt =>
            {
                var response = Respond(status, attempt);
                shape(response);
                return response;
            });

        public void Answer(params HttpStatusCode[] statuses)
        {
            foreach (var status in statuses)
            {
                _script.Enqueue(attempt => Respond(status, attempt));
            }
        }

        public void Fail(Exception error) => _script.Enqueue(_ => throw error);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            // Read as a transport sends it (CopyToAsync), not ReadAsStringAsync, which would buffer the content itself.
            using var sent = new MemoryStream();
            if (request.Content is not null)
            {
                await request.Content.CopyToAsync(sent, cancellationToken);
            }

            var body = System.Text.Encoding.UTF8.GetString(sent.ToArray());
            _calls.Enqueue((clock.GetUtcNow(), body));
            return _script.TryDequeue(out var next) ? next(_calls.Count) : Respond(HttpStatusCode.OK, _calls.Count);
        }

        private static HttpResponseMessage Respond(HttpStatusCode status, int attempt) =>
            new(status) { Content = new StringContent($$"""{"id":"msg-1","note":"attempt {{attempt}}"}""") };
    }

    /// <summary>A body that can be read once, like a request stream: a retry must not depend on reading it again.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
