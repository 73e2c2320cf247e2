using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Azure.Storage.Blobs;

namespace TeamsMockBot.Storage;

/// <summary>
/// Connects to the configured container with the Azure SDK's own retry policy: exponential backoff
/// with jitter, honouring Retry-After, for timeouts, throttling (429/503) and server errors. 409 and
/// 412 are answers, not failures, so they are never retried. No retry loop of ours sits on top.
/// </summary>
public static class BlobContainers
{
    public static BlobContainerClient Connect(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clientOptions = ClientOptions(options);
        var service = !string.IsNullOrWhiteSpace(options.BlobConnectionString)
            ? new BlobServiceClient(options.BlobConnectionString, clientOptions)
            : new BlobServiceClient(
                options.BlobServiceUri ?? throw new InvalidOperationException("Neither Storage:BlobConnectionString nor Storage:BlobServiceUri is set."),
                Credential(options),
                clientOptions);
        return service.GetBlobContainerClient(options.Container);
    }

    public static BlobClientOptions ClientOptions(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clientOptions = new BlobClientOptions();
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.MaxRetries = options.BlobMaxRetries;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(250);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(4);
        clientOptions.Retry.NetworkTimeout = options.BlobNetworkTimeout;
        clientOptions.AddPolicy(WriteAttempts.Policy, HttpPipelinePosition.PerRetry);
        return clientOptions;
    }

    private static DefaultAzureCredential Credential(StorageOptions options) =>
        new(new DefaultAzureCredentialOptions
        {
            ManagedIdentityClientId = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId) ? null : options.ManagedIdentityClientId,
        });
}
