using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using TeamsMockBot.Teams;

namespace TeamsMockBot.Tests.Teams;

/// <summary>Which <c>serviceUrl</c>s the bot calls, with the settings read as the host reads them.</summary>
public sealed class ServiceUrlPolicyTests
{
    private static ServiceUrlPolicy Policy(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var options = configuration.GetSection(TeamsOptions.Section).Get<TeamsOptions>() ?? new TeamsOptions();
        return new ServiceUrlPolicy(new BotIdentity(configuration), Options.Create(options));
    }

    private static readonly (string, string) AppId = ("MicrosoftAppId", "00000000-0000-0000-0000-000000000001");

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/gcc/")]
    [InlineData("https://europe.botframework.com/")]
    public void Allows_NothingConfigured_TeamsOwnHosts(string serviceUrl) =>
        Assert.True(Policy(AppId).Allows(serviceUrl));

    [Theory]
    [InlineData("https://smba.trafficmanager.net.evil.example/")]
    [InlineData("https://evilbotframework.com/")]
    [InlineData("https://evil.example.com/")]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("http://localhost:56150/_connector/")]
    [InlineData("not a url")]
    public void Allows_NothingConfigured_RefusesAnyOtherUrl(string serviceUrl) =>
        Assert.False(Policy(AppId).Allows(serviceUrl));

    [Fact]
    public void Allows_HostsConfigured_ReplaceTheDefaults()
    {
        var policy = Policy(AppId, ("Teams:AllowedServiceHosts:0", "smba.trafficmanager.net"));

        Assert.True(policy.Allows("https://smba.trafficmanager.net/amer/"));
        Assert.False(policy.Allows("https://europe.botframework.com/")); // a default host, not listed
        Assert.False(policy.Allows("https://smba.infra.gcc.teams.microsoft.com/gcc/"));
    }

    [Theory]
    [InlineData("http://localhost:56150/_connector/", true)]
    [InlineData("http://127.0.0.1:3979/", true)]
    [InlineData("https://smba.trafficmanager.net/amer/", false)]
    public void Allows_AuthenticationOff_OnlyThisMachine(string serviceUrl, bool allowed) =>
        Assert.Equal(allowed, Policy(("Teams:AllowedServiceHosts:0", "smba.trafficmanager.net")).Allows(serviceUrl));
}
