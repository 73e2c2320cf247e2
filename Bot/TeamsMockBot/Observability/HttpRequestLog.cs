using Microsoft.Extensions.Http.Logging;

namespace TeamsMockBot.Observability;

/// <summary>
/// One line per outgoing HTTP request — method, host and path, status, time — in place of .NET's
/// default HttpClient logging, whose Trace "Request Headers" line redacts header values in its message
/// but carries them raw in its structured state (the bot's bearer token, to any sink that exports
/// state). No headers, no query string, no body: only where the call went and how it ended.
/// </summary>
public sealed partial class HttpRequestLog(ILogger logger) : IHttpClientLogger
{
    /// <summary>Under the category .NET's own HttpClient lines use, so existing filters still apply.</summary>
    public const string Category = "System.Net.Http.HttpClient.Requests";

    public object? LogRequestStart(HttpRequestMessage request) => null;

    public void LogRequestStop(object? context, HttpRequestMessage request, HttpResponseMessage response, TimeSpan elapsed) =>
        LogSent(logger, request.Method.Method, Where(request), (int)response.StatusCode, elapsed.TotalMilliseconds);

    public void LogRequestFailed(object? context, HttpRequestMessage request, HttpResponseMessage? response, Exception exception, TimeSpan elapsed) =>
        LogFailed(logger, request.Method.Method, Where(request), exception.GetType().Name, elapsed.TotalMilliseconds);

    private static string Where(HttpRequestMessage request) =>
        request.RequestUri is { IsAbsoluteUri: true } uri ? uri.Host + uri.AbsolutePath : "?";

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {Method} {Where} answered {StatusCode} in {ElapsedMs:0} ms")]
    private static partial void LogSent(ILogger logger, string method, string where, int statusCode, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "HTTP {Method} {Where} failed ({Error}) after {ElapsedMs:0} ms")]
    private static partial void LogFailed(ILogger logger, string method, string where, string error, double elapsedMs);
}
