using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace TeamsMockBot.Storage;

/// <summary>
/// The checks that data annotations cannot express, so a bad storage setting stops the host at
/// start with a message that names the setting. Secrets are never echoed.
/// </summary>
public sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var hasConnectionString = !string.IsNullOrWhiteSpace(options.BlobConnectionString);
        if (hasConnectionString && options.BlobServiceUri is not null)
        {
            failures.Add("Set either Storage:BlobConnectionString or Storage:BlobServiceUri, not both.");
        }

        if (hasConnectionString && !IsConnectionString(options.BlobConnectionString!))
        {
            failures.Add("Storage:BlobConnectionString is not a storage connection string (expected 'UseDevelopmentStorage=true' or "
                + "'DefaultEndpointsProtocol=http;AccountName=…;AccountKey=…;BlobEndpoint=…').");
        }

        if (options.BlobServiceUri is { } uri && !IsServiceUri(uri))
        {
            failures.Add($"Storage:BlobServiceUri '{uri}' must be an absolute https URL such as https://<account>.blob.core.windows.net/ (http only for this machine).");
        }

        if (!string.IsNullOrWhiteSpace(options.ManagedIdentityClientId) && options.BlobServiceUri is null)
        {
            failures.Add("Storage:ManagedIdentityClientId is used only with Storage:BlobServiceUri.");
        }

        if (options.UsesBlobStorage && !ContainerName().IsMatch(options.Container ?? string.Empty))
        {
            failures.Add($"Storage:Container '{options.Container}' is not a valid container name: 3-63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit.");
        }

        if (options.QueueServiceUri is { } queueUri && !IsServiceUri(queueUri))
        {
            failures.Add($"Storage:QueueServiceUri '{queueUri}' must be an absolute https URL such as https://<account>.queue.core.windows.net/ (http only for this machine).");
        }

        if (options.QueueServiceUri is not null && options.BlobServiceUri is null)
        {
            failures.Add("Storage:QueueServiceUri is used only with Storage:BlobServiceUri (a connection string names its own queue endpoint).");
        }

        if (options is { BlobServiceUri: { } blobUri, QueueServiceUri: null } && IsServiceUri(blobUri) && TimerQueues.QueueServiceUri(options) is null)
        {
            failures.Add($"Set Storage:QueueServiceUri: it cannot be derived from Storage:BlobServiceUri '{blobUri}' (no '.blob.' in its host).");
        }

        if (options.UsesBlobStorage && !ContainerName().IsMatch(options.Queue ?? string.Empty))
        {
            failures.Add($"Storage:Queue '{options.Queue}' is not a valid queue name: 3-63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsServiceUri(Uri uri) =>
        uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));

    // The SDK's own parser, so we accept exactly what it accepts; it makes no network call.
    private static bool IsConnectionString(string connectionString)
    {
        try
        {
            _ = new BlobServiceClient(connectionString);
            return true;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ContainerName();
}
