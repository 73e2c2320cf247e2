using Microsoft.Extensions.Options;
using Microsoft.Graph;
using TeamsMockBot.Application.Analytics;
using TeamsMockBot.Application.Scheduling;

namespace TeamsMockBot.Graph;

/// <summary>Registers the Graph adapters: the calendar when a Graph credential is configured, transcripts when <c>Graph:Transcripts</c> is on too.</summary>
public static class GraphServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IMockCalendar"/> over Graph (and <see cref="IMeetingTranscripts"/> with <c>Graph:Transcripts</c>)
    /// when a Graph credential is configured, and returns whether it did; otherwise the caller registers the offline calendar.
    /// The <c>Graph</c> settings are validated at start either way, so a half-configured credential stops the host.
    /// </summary>
    public static bool AddGraphScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<GraphOptions>, GraphOptionsValidator>();

        var options = configuration.GetSection(GraphOptions.Section).Get<GraphOptions>() ?? new GraphOptions();
        if (!options.HasCredential)
        {
            return false;
        }

        services.AddSingleton(sp => GraphClientFactory.Create(sp.GetRequiredService<IOptions<GraphOptions>>().Value));
        services.AddSingleton<IMockCalendar, GraphMockCalendar>();
        if (options.Transcripts)
        {
            services.AddSingleton<IMeetingTranscripts, GraphMeetingTranscripts>();
        }

        return true;
    }
}
