using Azure.Core;
using Azure.Core.Pipeline;

namespace TeamsMockBot.Storage;

/// <summary>
/// Counts how many times the SDK actually sent one write (its retry policy may resend it). Only a
/// resent write can meet itself as a conflict, so only then is it worth asking the service whether
/// the first attempt had landed. Installed per retry by <see cref="BlobContainers.ClientOptions"/>;
/// the count travels with the request as a message property set for the duration of the call.
/// </summary>
internal sealed class WriteAttempts : HttpPipelineSynchronousPolicy
{
    private const string Property = "TeamsMockBot.WriteAttempts";

    private int _count;

    /// <summary>Attempts sent so far; 0 when the client has no counting policy (then nothing can be ruled out).</summary>
    public int Count => Volatile.Read(ref _count);

    public static WriteAttempts Policy { get; } = new();

    /// <summary>Counts the attempts of every request started by this async flow until disposed.</summary>
    public IDisposable Track() => HttpPipeline.CreateHttpMessagePropertiesScope(new Dictionary<string, object?> { [Property] = this });

    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.TryGetProperty(Property, out var tracker) && tracker is WriteAttempts attempts)
        {
            Interlocked.Increment(ref attempts._count);
        }
    }
}
