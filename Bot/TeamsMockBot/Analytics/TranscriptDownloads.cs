using Microsoft.Extensions.Options;
using TeamsMockBot.Application.Analytics;
using TeamsMockBot.Teams;

namespace TeamsMockBot.Analytics;

/// <summary>
/// <see cref="ITranscriptFiles"/> over HTTP. Teams stores a file sent in a personal chat in the
/// sender's OneDrive and gives the bot a short-lived, pre-authorized download link, fetched with a
/// plain GET and no credentials. Like <see cref="ServiceUrlPolicy"/> for Teams calls, the bot only
/// follows links it should: https to SharePoint / OneDrive for Business (<c>*.sharepoint.com</c>),
/// and, with authentication off (local runs and tests), loopback. Redirects are not followed (a
/// redirect could leave the allowed hosts), and the size and time are bounded.
/// </summary>
public sealed class TranscriptDownloads(IHttpClientFactory clients, BotIdentity identity, IOptions<TranscriptDownloadOptions> options, TimeProvider time) : ITranscriptFiles
{
    public const string ClientName = "transcript-files";

    /// <summary>Where Teams keeps chat files: SharePoint Online, which also serves OneDrive for Business (<c>{tenant}-my.sharepoint.com</c>).</summary>
    public static IReadOnlyList<string> AllowedHosts { get; } = ["sharepoint.com"];

    public bool Allows(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!identity.IsAuthenticated && url.IsLoopback)
        {
            return true;
        }

        return url.Scheme == Uri.UriSchemeHttps && AllowedHosts.Any(
            h => url.Host.Equals(h, StringComparison.OrdinalIgnoreCase) || url.Host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase));
    }

    public async Task<string> DownloadAsync(SharedFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!Allows(file.DownloadUrl))
        {
            throw new TranscriptDownloadException(TranscriptDownloadFailure.HostNotAllowed, $"The file's link points to {file.DownloadUrl.Scheme}://{file.DownloadUrl.Host}, which is not an allowed file host.");
        }

        var max = options.Value.MaxBytes;
        // On the app's clock, like every wait in product code (and so a test can make a download time out).
        using var deadline = new CancellationTokenSource(options.Value.Timeout, time);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, file.DownloadUrl);
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new TranscriptDownloadException(TranscriptDownloadFailure.Unavailable, $"The file host answered {(int)response.StatusCode}.");
            }

            if (response.Content.Headers.ContentLength > max)
            {
                throw TooLarge(max);
            }

            var stream = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                return System.Text.Encoding.UTF8.GetString(await ReadAtMostAsync(stream, max, timeout.Token).ConfigureAwait(false));
            }
        }
        catch (HttpRequestException e)
        {
            throw new TranscriptDownloadException(TranscriptDownloadFailure.Unavailable, "The file host could not be reached.", e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TranscriptDownloadException(TranscriptDownloadFailure.Unavailable, $"The download took longer than {options.Value.Timeout}.", e);
        }
    }

    /// <summary>The body, refused as soon as it passes <paramref name="max"/> bytes (a missing or false Content-Length cannot make it read more).</summary>
    private static async Task<byte[]> ReadAtMostAsync(Stream stream, int max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > max)
            {
                throw TooLarge(max);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static TranscriptDownloadException TooLarge(int max) =>
        new(TranscriptDownloadFailure.TooLarge, $"The file is larger than {max} bytes.");
}
