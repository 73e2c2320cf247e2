using TeamsMockBot.Storage;
using TeamsMockBot.Teams;

namespace TeamsMockBot.Hosting;

/// <summary>Says at start-up how the bot is protected and where it keeps data, so nobody runs it open by mistake.</summary>
public static partial class StartupLog
{
    public static void LogStartup(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("TeamsMockBot");
        var identity = app.Services.GetRequiredService<BotIdentity>();
        // Resolving the adapter now makes a bad Bot Framework configuration (e.g. a missing secret) fail at start, not on the first message.
        _ = app.Services.GetRequiredService<TeamsAdapter>();
        if (identity.IsAuthenticated)
        {
            LogAuthOn(logger, identity.AppId, identity.IsSingleTenant ? "single-tenant, tenant " + identity.TenantId + " only" : "multi-tenant");
        }
        else
        {
            LogAuthOff(logger);
        }

        StorageStartupLog.LogWhereDocumentsLive(app.Services, logger);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot Framework authentication is ON for App Id {AppId} ({Tenancy}).")]
    private static partial void LogAuthOn(ILogger logger, string appId, string tenancy);

    [LoggerMessage(Level = LogLevel.Warning, Message = "*** No MicrosoftAppId configured: authentication is OFF. *** Only requests known to come from this machine (loopback) are accepted (an unknown address is refused), and replies go only to loopback service URLs. Configure MicrosoftAppId to run in Teams.")]
    private static partial void LogAuthOff(ILogger logger);
}
