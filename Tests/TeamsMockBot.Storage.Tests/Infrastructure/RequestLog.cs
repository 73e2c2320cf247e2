using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace TeamsMockBot.Storage.Tests.Infrastructure;

/// <summary>Records the method of every request the client sends (each retry too).</summary>
public sealed class RequestLog : HttpPipelineSynchronousPolicy
{
    private readonly ConcurrentQueue<RequestMethod> _methods = new();

    public IReadOnlyList<RequestMethod> Methods => [.. _methods];

    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _methods.Enqueue(message.Request.Method);
    }
}
