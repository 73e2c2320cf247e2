using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;
using Polly;
using TeamsMockBot.Application.Conversations;
using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Application.Meeting;
using TeamsMockBot.Observability;

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
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidator>();
        services.AddSingleton(sp => TeamsResilience.Create(
            sp.GetRequiredService<IOptions<TeamsOptions>>().Value, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<BotMetrics>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TeamsResilience).FullName!)));

        // CloudAdapter sends every Teams call through the default client. The retry handler sits on it and
        // the rate limiter inside it, so every attempt, retries included, needs a permit.
        services.AddSingleton<TeamsRateLimiter>();
        services.AddHttpClient(Options.DefaultName)
            .AddHttpMessageHandler(sp => new TeamsRetryHandler(sp.GetRequiredService<ResiliencePipeline<HttpResponseMessage>>()))
            .AddHttpMessageHandler(sp => ActivatorUtilities.CreateInstance<TeamsRateLimitHandler>(sp));
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<ServiceUrlPolicy>();
        services.AddSingleton<BotFrameworkAuthentication>(sp =>
            new InboundTokenChecks(
                new SharedContractsAuthentication(ActivatorUtilities.CreateInstance<ConfigurationBotFrameworkAuthentication>(sp)),
                sp.GetRequiredService<BotIdentity>()));
        services.AddSingleton<TeamsAdapter>();
        services.AddSingleton<CloudAdapter>(sp => sp.GetRequiredService<TeamsAdapter>());
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<TeamsAdapter>());
        services.AddSingleton<TeamsMessenger>();
        services.AddSingleton<IChatMessenger>(sp => sp.GetRequiredService<TeamsMessenger>());
        services.AddSingleton<IMeetingDirectory, TeamsMeetingDirectory>();
        services.AddSingleton<IChatAddressing, TeamsChatAddressing>();
        services.AddTransient<IBot, MockInterviewBot>();
        return services;
    }
}
