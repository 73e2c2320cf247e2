using Azure.Core;
using Azure.Core.Pipeline;

namespace TeamsMockBot.Storage.Tests.Infrastructure;

/// <summary>
/// A pipeline step that lets the first matching request reach the server, then loses its answer
/// (an <see cref="IOException"/>, as a dropped connection would), so the SDK's retry policy sends
/// the same request again. With <paramref name="beforeSending"/> the first request never leaves.
/// </summary>
public sealed class LoseFirstResponse(RequestMethod method, bool beforeSending = false) : HttpPipelinePolicy
{
    private int _remaining = 1;

    public int Lost => 1 - _remaining;

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        var lose = message.Request.Method == method && Interlocked.Exchange(ref _remaining, 0) == 1;
        if (lose && beforeSending)
        {
            throw new IOException("Connection reset before the request was sent (simulated).");
        }

        await ProcessNextAsync(message, pipeline);
        if (lose)
        {
            throw new IOException("Connection reset after the request was sent (simulated).");
        }
    }
}
