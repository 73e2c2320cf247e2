using Microsoft.Extensions.Logging;
using TeamsMockBot.Tests.Infrastructure;

namespace TeamsMockBot.Tests.Teams;

/// <summary>The start-up log says how the door is protected: loudly when authentication is off, and never the secret.</summary>
public sealed class AuthenticationModeLogTests
{
    [Fact]
    public async Task Startup_WithoutAppId_WarnsThatAuthenticationIsOffAndOnlyLoopbackIsServed()
    {
        await using var host = new BotHost();
        try
        {
            _ = host.Services;

            var warning = Assert.Single(host.Logs.GetSnapshot(), r => r.Message.Contains("authentication is OFF", StringComparison.Ordinal));
            Assert.Equal(LogLevel.Warning, warning.Level);
            Assert.Contains("loopback", warning.Message, StringComparison.Ordinal);
            Assert.Contains("unknown address is refused", warning.Message, StringComparison.Ordinal);
        }
        finally
        {
            host.DeleteData();
        }
    }

    [Fact]
    public async Task Startup_WithAppId_SaysAuthenticationIsOnAndLogsNoSecret()
    {
        await using var host = new BotHost(settings: new Dictionary<string, string>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = FakeBotFrameworkChannel.BotAppId,
            ["MicrosoftAppTenantId"] = FakeBotFrameworkChannel.BotTenantId,
            ["MicrosoftAppPassword"] = FakeBotFrameworkChannel.AppPassword,
        });
        try
        {
            _ = host.Services;

            var logs = host.Logs.GetSnapshot();
            var on = Assert.Single(logs, r => r.Message.Contains("authentication is ON", StringComparison.Ordinal));
            Assert.Contains(FakeBotFrameworkChannel.BotAppId, on.Message, StringComparison.Ordinal);
            Assert.Contains("single-tenant", on.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(logs, r => r.Message.Contains("authentication is OFF", StringComparison.Ordinal));
            Assert.DoesNotContain(logs, r => r.Message.Contains(FakeBotFrameworkChannel.AppPassword, StringComparison.Ordinal));
        }
        finally
        {
            host.DeleteData();
        }
    }
}
