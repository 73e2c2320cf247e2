using Azure;
using TeamsMockBot.Application.Persistence;

namespace TeamsMockBot.Storage;

/// <summary>
/// Prepares the store before the first turn: creates the blob container if it is missing, so a
/// wrong account, key or identity stops the host at start rather than failing the first click.
/// </summary>
internal sealed class DocumentStoreStartup([FromKeyedServices(StorageServiceCollectionExtensions.SelectedStoreKey)] IDocumentStore store) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (store is not BlobDocumentStore blobs)
        {
            return;
        }

        try
        {
            await blobs.InitializeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (StorageUnavailableException e) when (e.InnerException is RequestFailedException { Status: 403 })
        {
            // An identity with data access only may not create containers; the one deployed by infra is enough.
            if (!await blobs.Container.ExistsAsync(cancellationToken).ConfigureAwait(false))
            {
                throw;
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
