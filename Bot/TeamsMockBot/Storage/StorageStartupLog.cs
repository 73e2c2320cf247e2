namespace TeamsMockBot.Storage;

/// <summary>The start-up line saying where documents are kept (part of <see cref="Hosting.StartupLog"/>).</summary>
internal static partial class StorageStartupLog
{
    public static void LogWhereDocumentsLive(IServiceProvider services, ILogger logger)
    {
        switch (services.GetRequiredKeyedService<IDocumentStore>(StorageServiceCollectionExtensions.SelectedStoreKey))
        {
            case FileDocumentStore files:
                LogStore(logger, files.Root);
                break;
            case BlobDocumentStore blobs:
                // The path only: a SAS in a connection string would sit in the query.
                LogBlobStore(logger, blobs.Container.Name, blobs.Container.Uri.GetLeftPart(UriPartial.Path));
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Storing documents as JSON files under {Path}.")]
    private static partial void LogStore(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Storing documents as JSON blobs in container {Container} ({ContainerUri}).")]
    private static partial void LogBlobStore(ILogger logger, string container, string containerUri);
}
