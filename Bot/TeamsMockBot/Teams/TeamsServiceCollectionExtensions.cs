using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using TeamsMockBot.UseCases;

namespace TeamsMockBot.Teams;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// Bot Framework wiring. <c>MicrosoftAppId</c>/<c>MicrosoftAppType</c>/<c>MicrosoftAppPassword</c>/
    /// <c>MicrosoftAppTenantId</c> come from configuration; with no App Id, authentication is off
    /// (local runs against the Agents Playground only).
    /// </summary>
    public static IServiceCollection AddTeamsAdapter(this IServiceCollection services)
    {
        services.AddHttpClient();
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.Section);
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<ServiceUrlPolicy>();
        services.AddSingleton<BotFrameworkAuthentication>(sp =>
            new SharedContractsAuthentication(ActivatorUtilities.CreateInstance<ConfigurationBotFrameworkAuthentication>(sp)));
        services.AddSingleton<TeamsAdapter>();
        services.AddSingleton<CloudAdapter>(sp => sp.GetRequiredService<TeamsAdapter>());
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<TeamsAdapter>());
        services.AddSingleton<ConversationBook>();
        services.AddSingleton<TeamsMessenger>();
        services.AddSingleton<IChatMessenger>(sp => sp.GetRequiredService<TeamsMessenger>());
        services.AddTransient<IBot, MockInterviewBot>();
        return services;
    }
}
