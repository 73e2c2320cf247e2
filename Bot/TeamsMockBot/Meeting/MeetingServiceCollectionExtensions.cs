using Microsoft.Extensions.Options;
using TeamsMockBot.Application.Meeting;

namespace TeamsMockBot.Meeting;

/// <summary>The meeting pages' use cases and their authorization: signed links and Teams sign-on.</summary>
public static class MeetingServiceCollectionExtensions
{
    public static IServiceCollection AddMeetingPages(this IServiceCollection services)
    {
        services.AddOptions<MeetingPanelOptions>().BindConfiguration(MeetingPanelOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<TeamsSsoOptions>().BindConfiguration(TeamsSsoOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TeamsSsoOptions>, TeamsSsoOptionsValidator>();
        services.AddSingleton<PanelSessions>();
        services.AddSingleton<PanelLinks>();
        services.AddSingleton<ShowMeetingPanel>();
        services.AddSingleton<SavePanelNote>();
        services.AddSingleton<TagFromPanel>();
        services.AddSingleton<SendPanelLink>();
        services.AddSingleton<TeamsSsoTokenValidator>();
        services.AddSingleton<PanelAuthentication>();
        return services;
    }
}
