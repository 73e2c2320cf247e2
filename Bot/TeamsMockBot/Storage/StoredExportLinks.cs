using TeamsMockBot.Application.Persistence;
using TeamsMockBot.Application.Privacy;

namespace TeamsMockBot.Storage;

/// <summary><see cref="IExportLinkStore"/> as one document per link: <c>exports/{token}</c>.</summary>
public sealed class StoredExportLinks(IDocumentStore store) : IExportLinkStore
{
    public Task CreateAsync(DataExportLink link, CancellationToken cancellationToken) =>
        store.CreateAsync(DocumentKeys.DataExport(link.Token), link, cancellationToken);

    public async Task<DataExportLink?> TakeAsync(string token, CancellationToken cancellationToken)
    {
        var key = DocumentKeys.DataExport(token);
        var link = await store.ReadAsync<DataExportLink>(key, cancellationToken).ConfigureAwait(false);
        if (link is null)
        {
            return null;
        }

        try
        {
            // Deleting at the version read: of two racing requests, only one deletes it.
            await store.DeleteAsync(key, link.ETag, cancellationToken).ConfigureAwait(false);
            return link.Value;
        }
        catch (DocumentConflictException)
        {
            return null;
        }
    }

    /// <summary>Links live an hour, so there are only ever a few to look at.</summary>
    public async Task DeleteForPersonAsync(string personId, CancellationToken cancellationToken)
    {
        await foreach (var key in store.ListKeysAsync(DocumentKeys.DataExportsPrefix, cancellationToken).ConfigureAwait(false))
        {
            var link = await store.ReadAsync<DataExportLink>(key, cancellationToken).ConfigureAwait(false);
            if (link?.Value.PersonId == personId)
            {
                await store.DeleteAsync(key, etag: null, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
