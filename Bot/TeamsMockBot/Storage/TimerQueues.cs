using Azure.Core;
using Azure.Identity;
using Azure.Storage.Queues;

namespace TeamsMockBot.Storage;

/// <summary>
/// Connects to the timer queue of the configured storage account, with the same retry policy as the
/// blob client (the SDK's exponential backoff with jitter; no loop of ours on top).
/// </summary>
public static class TimerQueues
{
    public static QueueClient Connect(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clientOptions = new QueueClientOptions();
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.MaxRetries = options.BlobMaxRetries;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(250);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(4);
        clientOptions.Retry.NetworkTimeout = options.BlobNetworkTimeout;
        if (!string.IsNullOrWhiteSpace(options.BlobConnectionString))
        {
            return new QueueClient(options.BlobConnectionString, options.Queue, clientOptions);
        }

        var service = QueueServiceUri(options) ?? throw new InvalidOperationException("Storage:QueueServiceUri is not set and cannot be derived.");
        var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            ManagedIdentityClientId = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId) ? null : options.ManagedIdentityClientId,
        });
        return new QueueServiceClient(service, credential, clientOptions).GetQueueClient(options.Queue);
    }

    /// <summary><see cref="StorageOptions.QueueServiceUri"/>, or the blob endpoint with <c>.blob.</c> turned into <c>.queue.</c>; null when neither works.</summary>
    public static Uri? QueueServiceUri(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.QueueServiceUri is { } explicitUri)
        {
            return explicitUri;
        }

        if (options.BlobServiceUri is not { IsAbsoluteUri: true } blob || !blob.Host.Contains(".blob.", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return new UriBuilder(blob) { Host = blob.Host.Replace(".blob.", ".queue.", StringComparison.OrdinalIgnoreCase) }.Uri;
    }
}
