using System.ComponentModel.DataAnnotations;

namespace TeamsMockBot.Storage;

/// <summary>
/// Where documents live. A blob connection string (Azurite or an account) or a blob service URI
/// (signed in with <c>DefaultAzureCredential</c>, e.g. the App Service's managed identity) selects
/// Azure Blob storage; nothing configured selects a local folder under the app's content root.
/// Checked at start by <see cref="StorageOptionsValidator"/>.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public const string DefaultContainer = "teamsmockbot";

    /// <summary>The queue infra creates (<c>infra/main.bicep</c> <c>storageQueueName</c>).</summary>
    public const string DefaultQueue = "teamsmockbot-work";

    /// <summary>Folder of the local JSON store; relative paths are under the content root. Default <c>.data</c>.</summary>
    [Required]
    public string DataPath { get; set; } = ".data";

    /// <summary>A storage connection string (a secret: keep it out of source). Selects the blob store.</summary>
    public string? BlobConnectionString { get; set; }

    /// <summary>The account's blob endpoint, e.g. <c>https://acct.blob.core.windows.net/</c>. Selects the blob store with <c>DefaultAzureCredential</c>.</summary>
    public Uri? BlobServiceUri { get; set; }

    /// <summary>
    /// The account's queue endpoint, e.g. <c>https://acct.queue.core.windows.net/</c>, for the timer queue
    /// with <see cref="BlobServiceUri"/>. Empty: derived from the blob endpoint (<c>.blob.</c> becomes <c>.queue.</c>).
    /// A connection string brings its own queue endpoint.
    /// </summary>
    public Uri? QueueServiceUri { get; set; }

    /// <summary>The queue of durable timers (one message per due milestone or overdue close). Created at start if missing. Default <c>teamsmockbot-work</c>.</summary>
    [Required]
    public string Queue { get; set; } = DefaultQueue;

    /// <summary>Client id of a user-assigned managed identity; empty uses the system-assigned one (or a developer sign-in).</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>The blob container holding every document (one per tenant / deployment). Created at start if missing. Default <c>teamsmockbot</c>.</summary>
    [Required]
    public string Container { get; set; } = DefaultContainer;

    /// <summary>How many times the Azure SDK retries a failed or throttled request (exponential backoff with jitter). Default 3.</summary>
    [Range(0, 10)]
    public int BlobMaxRetries { get; set; } = 3;

    /// <summary>How long one request may take before the SDK gives up on it and retries. Default 10 s.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan BlobNetworkTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public bool UsesBlobStorage => !string.IsNullOrWhiteSpace(BlobConnectionString) || BlobServiceUri is not null;
}
