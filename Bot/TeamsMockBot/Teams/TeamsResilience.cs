using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using TeamsMockBot.Observability;

namespace TeamsMockBot.Teams;

/// <summary>
/// The one retry mechanism for calls to Teams (replies, updates, proactive sends, roster reads): a
/// Polly pipeline on the connector's HTTP client. 429, 412, 502, 503, 504 and lost connections are
/// retried with exponential backoff and jitter, honouring <c>Retry-After</c>, on the injected
/// <see cref="TimeProvider"/>, and cancellable. Nothing above it retries a Teams call again within
/// the same attempt; messages outside a turn that still fail wait in the outbox for a later attempt.
/// In a card click a 429 is not waited out here (<see cref="TeamsCallMode"/>): the outbox takes it.
/// </summary>
internal static partial class TeamsResilience
{
    /// <summary>The request being retried, so the retry can be named and counted.</summary>
    public static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("teams.request");

    private static readonly HashSet<HttpStatusCode> Retried =
    [
        HttpStatusCode.TooManyRequests, HttpStatusCode.PreconditionFailed, HttpStatusCode.BadGateway,
        HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout,
    ];

    /// <param name="randomizer">The jitter's random numbers in [0, 1) (default: <see cref="Random.Shared"/>); tests pin it.</param>
    public static ResiliencePipeline<HttpResponseMessage> Create(
        TeamsOptions options, TimeProvider time, BotMetrics metrics, ILogger logger, Func<double>? randomizer = null) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && IsTransient(args.Outcome) && !IsThrottledWithoutWaiting(args.Outcome)),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Randomizer = randomizer ?? Random.Shared.NextDouble,
                Delay = options.RetryDelay,
                MaxDelay = options.MaxRetryDelay,
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, time, options.MaxRetryDelay)),
                OnRetry = args =>
                {
                    var status = args.Outcome.Result is { } response ? (int)response.StatusCode : (int?)null;
                    var operation = OperationOf(args.Context.Properties.GetValue(RequestKey, null!));
                    metrics.ProactiveAttempted(operation, "retried", status);
                    LogRetry(logger, status, operation, args.AttemptNumber + 1, (int)args.RetryDelay.TotalMilliseconds);
                    args.Outcome.Result?.Dispose(); // the next attempt gets its own response
                    return ValueTask.CompletedTask;
                },
            })
            .Build();

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result is { } response ? Retried.Contains(response.StatusCode) : outcome.Exception is HttpRequestException;

    /// <summary>
    /// A 429 is not retried in place when the limiter answered it (it already waited what it may) or when
    /// the call may not wait (a card click): the message waits in the outbox for <c>Retry-After</c> instead.
    /// </summary>
    private static bool IsThrottledWithoutWaiting(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } response && (!TeamsCallMode.MayWait || TeamsRateLimitHandler.IsRefusedHere(response));

    /// <summary>Teams' own wait when it names one (seconds or a date), capped; null lets the backoff decide.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider time, TimeSpan max)
    {
        var header = response?.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : null);
        return wait is { } w ? (w < TimeSpan.Zero ? TimeSpan.Zero : w > max ? max : w) : null;
    }

    /// <summary>The call's kind, as the proactive metrics name it: a new conversation, a new message, or an update.</summary>
    internal static string OperationOf(HttpRequestMessage? request) => request switch
    {
        { Method.Method: "PUT" } => "update",
        { RequestUri.AbsolutePath: var path } when path.EndsWith("/v3/conversations", StringComparison.OrdinalIgnoreCase) => "create",
        { Method.Method: "GET" } => "read",
        _ => "send",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams answered {StatusCode} ({Operation}); retry {Attempt} in {DelayMs} ms")]
    private static partial void LogRetry(ILogger logger, int? statusCode, string operation, int attempt, int delayMs);
}
