using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsMockBot.Application.Analytics;

namespace TeamsMockBot.Analytics;

public static class AnalyticsServiceCollectionExtensions
{
    /// <summary>Downloads of transcript files students send (<see cref="TranscriptDownloads"/>), on their own HTTP client.</summary>
    public static IServiceCollection AddTranscriptDownloads(this IServiceCollection services)
    {
        services.AddOptions<TranscriptDownloadOptions>().BindConfiguration(TranscriptDownloadOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // No redirects: the allowlist is checked on the link itself, and a redirect could lead anywhere.
        services.AddHttpClient(TranscriptDownloads.ClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddSingleton<TranscriptDownloads>();
        services.AddSingleton<ITranscriptFiles>(sp => sp.GetRequiredService<TranscriptDownloads>());
        // Only when Graph/ registered none: the last registration wins, and TryAdd adds nothing after one.
        services.TryAddSingleton<IMeetingTranscripts, NoMeetingTranscripts>();
        return services;
    }
}
