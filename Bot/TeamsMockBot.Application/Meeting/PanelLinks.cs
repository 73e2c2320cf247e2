using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace TeamsMockBot.Application.Meeting;

/// <summary>
/// Short-lived signed links to the meeting pages, for where Teams sign-on cannot run (a browser,
/// the Agents Playground, tests). A token is <c>v1.{payload}.{signature}</c>: the payload names the
/// session, the person and the expiry; the signature is HMAC-SHA256 with the configured key or the
/// one kept in the store. Nothing is stored per link, so every instance checks every link.
/// </summary>
public sealed class PanelLinks(IPanelLinkKeyStore keys, IOptions<MeetingPanelOptions> options, TimeProvider time)
{
    private const string Version = "v1";
    private const int MaxTokenLength = 1024;
    private Task<byte[]>? _key;

    public async Task<(string Token, PanelLink Link)> IssueAsync(string sessionId, string personId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        ArgumentException.ThrowIfNullOrEmpty(personId);
        var expiresAt = time.GetUtcNow() + options.Value.PanelLinkLifetime;
        // Whole seconds, so the expiry written in the token is exactly the one reported.
        expiresAt = DateTimeOffset.FromUnixTimeSeconds(expiresAt.ToUnixTimeSeconds());
        var link = new PanelLink(sessionId, personId, expiresAt);
        var payload = Encoding.UTF8.GetBytes(string.Join('\n', sessionId, personId, expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        var signature = HMACSHA256.HashData(await KeyAsync(cancellationToken).ConfigureAwait(false), payload);
        return ($"{Version}.{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(signature)}", link);
    }

    /// <summary>The link a token grants, or why it grants nothing (malformed, forged or expired).</summary>
    public async Task<PanelLinkCheck> CheckAsync(string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return PanelLinkCheck.Refused("malformed");
        }

        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != Version || !Base64Url.IsValid(parts[1]) || !Base64Url.IsValid(parts[2]))
        {
            return PanelLinkCheck.Refused("malformed");
        }

        var payload = Base64Url.DecodeFromChars(parts[1]);
        var expected = HMACSHA256.HashData(await KeyAsync(cancellationToken).ConfigureAwait(false), payload);
        if (!CryptographicOperations.FixedTimeEquals(expected, Base64Url.DecodeFromChars(parts[2])))
        {
            return PanelLinkCheck.Refused("bad signature");
        }

        var fields = Encoding.UTF8.GetString(payload).Split('\n');
        if (fields.Length != 3 || !long.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            return PanelLinkCheck.Refused("malformed");
        }

        var link = new PanelLink(fields[0], fields[1], DateTimeOffset.FromUnixTimeSeconds(expires));
        return link.ExpiresAt <= time.GetUtcNow() ? PanelLinkCheck.Refused("expired") : PanelLinkCheck.Valid(link);
    }

    /// <summary>Loaded once per process (a store read at most), then kept; a failed load is tried again next time.</summary>
    private async Task<byte[]> KeyAsync(CancellationToken cancellationToken)
    {
        var loading = Volatile.Read(ref _key);
        if (loading is null)
        {
            var fresh = LoadKeyAsync();
            loading = Interlocked.CompareExchange(ref _key, fresh, null) ?? fresh;
        }

        try
        {
            return await loading.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (loading.IsFaulted)
        {
            _ = Interlocked.CompareExchange(ref _key, null, loading);
            throw;
        }
    }

    private async Task<byte[]> LoadKeyAsync() =>
        options.Value.ConfiguredKey() ?? await keys.GetOrCreateAsync(CancellationToken.None).ConfigureAwait(false);
}
