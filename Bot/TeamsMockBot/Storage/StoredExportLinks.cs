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
        if (link is null || link.Value.Taken)
        {
            return null;
        }

        try
        {
            // Claimed by a replace at the version read: of two racing requests only one replace lands (the
            // other is a conflict). A conditional delete could not decide it: deleting a document that is
            // already gone succeeds in both stores, so both racers would have "won".
            await store.ReplaceAsync(key, link.Value with { Taken = true }, link.ETag, cancellationToken).ConfigureAwait(false);
        }
        catch (DocumentConflictException)
        {
            return null;
        }

        await store.DeleteAsync(key, etag: null, cancellationToken).ConfigureAwait(false);
        return link.Value;
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
