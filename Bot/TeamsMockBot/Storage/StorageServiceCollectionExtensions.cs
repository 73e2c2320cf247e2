using Microsoft.Extensions.Options;
using TeamsMockBot.Application.Conversations;
using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Application.Feedback;
using TeamsMockBot.Application.History;
using TeamsMockBot.Application.Meeting;
using TeamsMockBot.Application.Privacy;
using TeamsMockBot.Application.Sessions;

namespace TeamsMockBot.Storage;

/// <summary>
/// Registers the one <see cref="IDocumentStore"/> the configuration selects (see <see cref="StorageOptions"/>)
/// and the store ports of the application on top of it; document keys are known only in this folder.
/// </summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The selected store itself, whatever later wraps the plain <see cref="IDocumentStore"/>
    /// registration (e.g. instrumentation): start-up work and the start-up log need the real one.
    /// </summary>
    public const string SelectedStoreKey = "TeamsMockBot.Storage.Selected";

    public static IServiceCollection AddDocumentStore(this IServiceCollection services, string contentRootPath)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddSingleton(DocumentSerializer.Default);
        services.AddSingleton(sp => sp.GetRequiredKeyedService<IDocumentStore>(SelectedStoreKey));
        services.AddKeyedSingleton<IDocumentStore>(SelectedStoreKey, (sp, _) =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var serializer = sp.GetRequiredService<DocumentSerializer>();

            // The file store's lock wait needs a clock that moves by itself, not the app's TimeProvider (fake in host tests).
            return options.UsesBlobStorage
                ? new BlobDocumentStore(BlobContainers.Connect(options), serializer)
                : new FileDocumentStore(Path.Combine(contentRootPath, options.DataPath), serializer, TimeProvider.System);
        });

        // Every adapter's conflict retries wait on the app's clock, like every other wait in product code.
        services.AddSingleton(sp => new StoreConflictRetry(sp.GetRequiredService<TimeProvider>()));

        services.AddSingleton<StoredSessions>();
        services.AddSingleton<ISessionStore>(sp => sp.GetRequiredService<StoredSessions>());
        services.AddSingleton<IHistoryStore, StoredHistories>();
        services.AddSingleton<IHeldFeedback, StoredHeldFeedback>();
        services.AddSingleton<IChatSessionIndex, StoredChatSessions>();
        services.AddSingleton<IExportLinkStore, StoredExportLinks>();
        services.AddSingleton<IPanelLinkKeyStore, StoredPanelLinkKey>();
        services.AddSingleton<IConversationDirectory, StoredConversations>();
        services.AddSingleton<IOutbox, StoredOutbox>();
        services.AddSingleton<StoredInvites>();
        services.AddSingleton<Calendar.IInviteStore>(sp => sp.GetRequiredService<StoredInvites>());
        services.AddSingleton<IBookingInvites>(sp => sp.GetRequiredService<StoredInvites>());

        // Registered before the app's own background services, so the container exists and the
        // indexes are complete before any of them lists them.
        services.AddHostedService<DocumentStoreStartup>();
        services.AddHostedService<SessionIndexBackfill>();
        return services;
    }
}
