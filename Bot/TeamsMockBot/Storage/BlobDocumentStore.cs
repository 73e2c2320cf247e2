using System.Runtime.CompilerServices;
using Azure;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using TeamsMockBot.Application.Persistence;

namespace TeamsMockBot.Storage;

/// <summary>
/// Documents as blobs in one container: key <c>sessions/s1</c> is blob <c>sessions/s1.json</c>
/// (<c>application/json</c>, <see cref="DocumentSerializer"/> bytes). Optimistic concurrency is the
/// service's own: replace sends <c>If-Match</c> (412 → <see cref="DocumentConflictException"/>),
/// create sends <c>If-None-Match: *</c> (409 → conflict). Transient failures are retried by the
/// Azure SDK's retry policy (see <see cref="BlobContainers"/>), never here; what is still failing
/// afterwards surfaces as <see cref="StorageUnavailableException"/>.
/// </summary>
public sealed class BlobDocumentStore(BlobContainerClient container, DocumentSerializer? serializer = null) : IDocumentStore
{
    public const string Extension = ".json";

    public const string ContentType = "application/json";

    // Each write tags the blob with a fresh id. If the SDK retries a write whose first attempt landed
    // but whose answer was lost, the retry meets our own write as a conflict; the tag tells the two
    // apart, so a landed update is not reported as lost and then applied a second time. Only a write
    // that was sent more than once is checked (WriteAttempts), so ordinary conflicts cost nothing extra.
    private const string WriteIdMetadata = "writeid";

    private readonly DocumentSerializer _serializer = serializer ?? DocumentSerializer.Default;

    public BlobContainerClient Container { get; } = container ?? throw new ArgumentNullException(nameof(container));

    /// <summary>Creates the container if it is missing; run once at start.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsUnavailable(e, cancellationToken))
        {
            throw Unavailable(Container.Name, e);
        }
    }

    public async Task<StoredDocument<T>?> ReadAsync<T>(string key, CancellationToken cancellationToken)
    {
        var blob = BlobFor(key);
        BlobDownloadResult download;
        try
        {
            download = (await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.BlobNotFound)
        {
            return null;
        }
        catch (Exception e) when (IsUnavailable(e, cancellationToken))
        {
            throw Unavailable(key, e);
        }

        return new StoredDocument<T>(_serializer.Deserialize<T>(key, download.Content.ToMemory().Span), download.Details.ETag.ToString());
    }

    public Task<string> CreateAsync<T>(string key, T value, CancellationToken cancellationToken) =>
        WriteAsync(key, value, new BlobRequestConditions { IfNoneMatch = ETag.All }, cancellationToken);

    public Task<string> ReplaceAsync<T>(string key, T value, string etag, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(etag);
        return WriteAsync(key, value, new BlobRequestConditions { IfMatch = new ETag(etag) }, cancellationToken);
    }

    public async Task DeleteAsync(string key, string? etag, CancellationToken cancellationToken)
    {
        var blob = BlobFor(key);
        var conditions = etag is null ? null : new BlobRequestConditions { IfMatch = new ETag(etag) };
        try
        {
            try
            {
                await blob.DeleteIfExistsAsync(DeleteSnapshotsOption.None, conditions, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                // A conditional delete of a missing blob may be answered 412 rather than 404 (Azurite does): gone is gone.
                if (await blob.ExistsAsync(cancellationToken).ConfigureAwait(false))
                {
                    throw new DocumentConflictException(key);
                }
            }
        }
        catch (Exception e) when (IsUnavailable(e, cancellationToken))
        {
            throw Unavailable(key, e);
        }
    }

    public async IAsyncEnumerable<string> ListKeysAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!DocumentKeys.IsValidPrefix(prefix))
        {
            throw new ArgumentException($"'{prefix}' is not a valid key prefix.", nameof(prefix));
        }

        // Collected first: the listing is in blob-name order, where "a-2.json" sorts before "a.json",
        // and the contract is ordinal order of keys. Blobs that are not our documents are skipped.
        var keys = new List<string>();
        try
        {
            await foreach (var item in Container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken).ConfigureAwait(false))
            {
                if (item.Name.EndsWith(Extension, StringComparison.Ordinal) && item.Name[..^Extension.Length] is var key && DocumentKeys.IsValid(key))
                {
                    keys.Add(key);
                }
            }
        }
        catch (Exception e) when (IsUnavailable(e, cancellationToken))
        {
            throw Unavailable(prefix, e);
        }

        keys.Sort(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            yield return key;
        }
    }

    private async Task<string> WriteAsync<T>(string key, T value, BlobRequestConditions conditions, CancellationToken cancellationToken)
    {
        var blob = BlobFor(key);
        var bytes = _serializer.Serialize(key, value);
        var writeId = Guid.NewGuid().ToString("N");
        var options = new BlobUploadOptions
        {
            Conditions = conditions,
            HttpHeaders = new BlobHttpHeaders { ContentType = ContentType },
            Metadata = new Dictionary<string, string> { [WriteIdMetadata] = writeId },
        };
        var attempts = new WriteAttempts();
        try
        {
            try
            {
                using (attempts.Track())
                {
                    var uploaded = await blob.UploadAsync(BinaryData.FromBytes(bytes), options, cancellationToken).ConfigureAwait(false);
                    return uploaded.Value.ETag.ToString();
                }
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 || e.ErrorCode == BlobErrorCode.BlobNotFound)
            {
                // 409 BlobAlreadyExists (create), 412 ConditionNotMet (replace), 404 (replace of a deleted document).
                var mayBeOurOwn = attempts.Count != 1;
                return (mayBeOurOwn ? await LandedETagAsync(blob, writeId, cancellationToken).ConfigureAwait(false) : null)
                    ?? throw new DocumentConflictException(key);
            }
        }
        catch (Exception e) when (IsUnavailable(e, cancellationToken))
        {
            throw Unavailable(key, e);
        }
    }

    /// <summary>The ETag of the blob if it is our own write <paramref name="writeId"/> (a retried request that had landed).</summary>
    private static async Task<string?> LandedETagAsync(BlobClient blob, string writeId, CancellationToken cancellationToken)
    {
        try
        {
            var properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            return properties.Metadata.TryGetValue(WriteIdMetadata, out var stored) && stored == writeId ? properties.ETag.ToString() : null;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private BlobClient BlobFor(string key) =>
        DocumentKeys.IsValid(key)
            ? Container.GetBlobClient(key + Extension)
            : throw new ArgumentException($"'{key}' is not a valid document key.", nameof(key));

    /// <summary>
    /// Failures left after the SDK's retries: the service, the network or the credential (when every
    /// attempt failed, the SDK throws them together as an <see cref="AggregateException"/>). Not our own cancellation.
    /// </summary>
    private static bool IsUnavailable(Exception e, CancellationToken cancellationToken) => e switch
    {
        RequestFailedException or AuthenticationFailedException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        AggregateException all => all.InnerExceptions.Count > 0 && all.InnerExceptions.All(inner => IsUnavailable(inner, cancellationToken)),
        _ => false,
    };

    private static StorageUnavailableException Unavailable(string key, Exception e) => new(key, (e is AggregateException all ? all.InnerExceptions[^1] : e) switch
    {
        RequestFailedException { Status: 0 } => "the storage service could not be reached",
        RequestFailedException { Status: 401 or 403 } f => $"access was refused ({f.ErrorCode})",
        RequestFailedException { Status: 429 or 503 } f => $"the storage service is busy ({f.ErrorCode})",
        RequestFailedException f => $"the storage service answered {f.Status} ({f.ErrorCode})",
        AuthenticationFailedException => "no credential for the storage account was available",
        _ => "the storage service did not answer in time",
    }, e);
}
