using System.Security.Cryptography;
using TeamsMockBot.Application.Meeting;
using TeamsMockBot.Application.Persistence;

namespace TeamsMockBot.Storage;

/// <summary>
/// <see cref="IPanelLinkKeyStore"/> as one document, <c>keys/panel-links</c>. Created only if absent,
/// so two instances starting together agree on the first key written, and links outlive restarts.
/// </summary>
public sealed class StoredPanelLinkKey(IDocumentStore store, TimeProvider time) : IPanelLinkKeyStore
{
    public async Task<byte[]> GetOrCreateAsync(CancellationToken cancellationToken)
    {
        if (await store.ReadAsync<PanelLinkKeyDocument>(DocumentKeys.PanelLinkKey, cancellationToken).ConfigureAwait(false) is { } stored)
        {
            return Convert.FromBase64String(stored.Value.Key);
        }

        var key = RandomNumberGenerator.GetBytes(32);
        try
        {
            await store.CreateAsync(DocumentKeys.PanelLinkKey, new PanelLinkKeyDocument(Convert.ToBase64String(key), time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            return key;
        }
        catch (DocumentConflictException)
        {
            // Another instance wrote its key first: use that one, or links from one would fail on the other.
            var winner = await store.ReadAsync<PanelLinkKeyDocument>(DocumentKeys.PanelLinkKey, cancellationToken).ConfigureAwait(false)
                ?? throw new StorageUnavailableException(DocumentKeys.PanelLinkKey, "it was created by another instance and then disappeared");
            return Convert.FromBase64String(winner.Value.Key);
        }
    }
}
